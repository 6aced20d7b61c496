package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/loader"
)

func newDetachCmd(s *streams) *cobra.Command {
	var nf nodeFlags
	cmd := &cobra.Command{
		Use:   "detach",
		Short: "Detach every policyc program from this node",
		Long: `detach removes every program policyc attached and unpins its maps. The
node is then unprotected by policyc. The applied revision stays recorded,
so an older bundle is still refused afterwards.`,
		Example: "  policyc detach",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := loader.New(nf.config()).Detach(); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			fmt.Fprintln(s.out, "detached")
			return nil
		},
	}
	nf.register(cmd.Flags())
	return cmd
}
