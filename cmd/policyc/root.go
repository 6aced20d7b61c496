package main

import (
	"io"

	"github.com/spf13/cobra"
)

// streams are the standard streams a command reads and writes.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	s := &streams{in: stdin, out: stdout, err: stderr}
	root := &cobra.Command{
		Use:   "policyc",
		Short: "Compile Cilium network policy into eBPF objects",
		Long: `policyc compiles CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy and
Kubernetes NetworkPolicy into verified eBPF programs, packs them into signed
bundles, and applies them on nodes.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: err}
	})
	// Each command lives in its own file: add new ones here.
	root.AddCommand(
		newVersionCmd(s),
		newIRCmd(s),
		newTraceCmd(s),
		newCheckCmd(s),
		newBundleCmd(s),
		newKeygenCmd(s),
		newSignCmd(s),
		newVerifyCmd(s),
		newApplyCmd(s),
		newStatusCmd(s),
		newDetachCmd(s),
		newMonitorCmd(s),
		newTestCmd(s),
		newBuildCmd(s),
		newInspectCmd(s),
	)
	addCompletionExamples(root)
	return root
}
