package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Version is the policyc version; release builds set it with -ldflags -X.
var Version = "v0.1.0-dev"

func newVersionCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the policyc version",
		Example: "  policyc version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(s.out, "policyc %s (%s %s/%s)\n", Version, goVersion(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}

func goVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		return bi.GoVersion
	}
	return runtime.Version()
}
