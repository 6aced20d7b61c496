package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/loader"
)

func newStatusCmd(s *streams) *cobra.Command {
	var nf nodeFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "status",
		Short:   "Show the applied bundle, attached programs and rule counters",
		Example: "  policyc status\n  policyc status --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			l := loader.New(nf.config())
			st, err := l.Status()
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if asJSON {
				data, err := json.MarshalIndent(st, "", "  ")
				if err != nil {
					return err
				}
				fmt.Fprintf(s.out, "%s\n", data)
				return nil
			}
			prog, _ := l.AppliedProgram()
			printStatus(s, st, func(rule uint32) string {
				if prog == nil {
					return ""
				}
				if _, e := prog.Entry(rule); e != nil && len(e.Origins) > 0 {
					return e.Origins[0].String()
				}
				return ""
			})
			return nil
		},
	}
	nf.register(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func printStatus(s *streams, st *loader.Status, origin func(uint32) string) {
	if st.State.Digest == "" {
		fmt.Fprintln(s.out, "no bundle applied")
		return
	}
	fmt.Fprintf(s.out, "revision   %d\nmanifest   sha256:%s\ngeneration %d (%s)\n", st.State.Revision, st.State.Digest, st.State.Generation, st.State.GenDir)
	fmt.Fprintln(s.out, "attached:")
	if len(st.State.Attachments) == 0 {
		fmt.Fprintln(s.out, "  (none)")
	}
	for i, a := range st.State.Attachments {
		kernel := "not attached!"
		if i < len(st.Kernel) {
			for _, id := range st.Kernel[i] {
				if id == a.ProgramID {
					kernel = "attached"
				}
			}
		}
		fmt.Fprintf(s.out, "  %-16s %-11s %-4s program %-6d subject %-8d %s\n", a.Interface, a.Hook, a.Mode, a.ProgramID, a.Subject, kernel)
	}
	fmt.Fprintln(s.out, "endpoints:")
	for _, e := range st.State.Endpoints {
		note := ""
		if e.New {
			note = " (new identity, allocated on the node)"
		}
		fmt.Fprintf(s.out, "  %-28s identity %-8d %-16s %v%s\n", e.Name, e.Identity, e.Interface, e.IPs, note)
	}
	fmt.Fprintln(s.out, "rule counters:")
	if len(st.Rules) == 0 {
		fmt.Fprintln(s.out, "  (no traffic)")
	}
	for _, r := range st.Rules {
		what := origin(r.Rule)
		if r.Rule == 0 {
			what = "(no rule: default verdict of the direction)"
		}
		fmt.Fprintf(s.out, "  rule %-5d %10d packets %12d bytes  %s\n", r.Rule, r.Packets, r.Bytes, what)
	}
	if len(st.Reasons) > 0 {
		fmt.Fprintln(s.out, "datapath counters:")
		for _, k := range sortedReasonKeys(st.Reasons) {
			fmt.Fprintf(s.out, "  %-12s %d\n", k, st.Reasons[k])
		}
	}
}

func sortedReasonKeys(m map[string]uint64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
