package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/spf13/cobra"
)

func newInspectCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "inspect OBJ",
		Short: "Print the map specs and disassembly of a built object",
		Long: `inspect reads a BPF ELF object written by policyc build and prints its map
specs and the disassembly of each program. When the annotated listing that
build writes next to the object (OBJ with .lst instead of .o) is present,
its rule comments are printed instead of the bare disassembly.`,
		Example: `  policyc inspect out/subject-256.o`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			spec, err := ebpf.LoadCollectionSpec(args[0])
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("inspect: %w", err)}
			}
			fmt.Fprintf(s.out, "object %s\n\nmaps:\n", args[0])
			for _, name := range sortedKeys(spec.Maps) {
				m := spec.Maps[name]
				fmt.Fprintf(s.out, "  %-15s %-12v key %3d value %5d max %8d flags %#x pinning %v\n",
					name, m.Type, m.KeySize, m.ValueSize, m.MaxEntries, m.Flags, m.Pinning)
			}
			lst := strings.TrimSuffix(args[0], ".o") + ".lst"
			if data, err := os.ReadFile(lst); err == nil && lst != args[0] {
				fmt.Fprintf(s.out, "\nannotated listing (%s):\n%s", lst, data)
				return nil
			}
			for _, name := range sortedKeys(spec.Programs) {
				p := spec.Programs[name]
				fmt.Fprintf(s.out, "\nprogram %s (section %s, type %v, attach %v, %d instructions):\n%v",
					name, p.SectionName, p.Type, p.AttachType, p.Instructions.Size()/8, p.Instructions)
			}
			return nil
		},
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
