package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// compileFlags are the inputs every compiling command takes.
type compileFlags struct {
	inventories []string
	namespace   string
	nodeLabels  bool
}

func (c *compileFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&c.inventories, "inventory", nil, "cluster inventory `FILE` (policyc YAML or kubectl -o yaml; repeatable)")
	cmd.Flags().StringVarP(&c.namespace, "namespace", "n", "default", "namespace of CiliumNetworkPolicies without metadata.namespace")
	cmd.Flags().BoolVar(&c.nodeLabels, "enable-node-selector-labels", false, "accept fromNodes/toNodes, as Cilium does with --enable-node-selector-labels")
}

// compileInputs parses the policy paths (stdin when none), loads the
// inventories and compiles. Diagnostics go to stderr (warnings included);
// errors return an exitError (1 for policy/inventory errors, 2 for I/O).
func compileInputs(s *streams, args []string, c compileFlags) (*ir.Program, error) {
	if len(c.inventories) == 0 {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("--inventory is required")}
	}
	for _, p := range c.inventories {
		if _, err := os.Stat(p); err != nil {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("inventory: %w", err)}
		}
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	files, diags := frontend.ParsePaths(args, s.in, frontend.Options{DefaultNamespace: c.namespace, EnableNodeSelectorLabels: c.nodeLabels})
	inv, invDiags := inventory.Load(c.inventories)
	diags = append(diags, invDiags...)
	var prog *ir.Program
	if !diags.HasErrors() {
		var compDiags diag.List
		prog, compDiags = compiler.Compile(files, inv, compiler.DefaultOptions())
		diags = append(diags, compDiags...)
	}
	diags.Sort()
	var shown diag.List
	for _, d := range diags {
		if d.Severity != diag.Info {
			shown = append(shown, d)
		}
	}
	if err := diag.WriteText(s.err, shown); err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	if err := exitFor(diags); err != nil {
		return nil, err
	}
	return prog, nil
}

func newIRCmd(s *streams) *cobra.Command {
	var (
		cf     compileFlags
		output string
	)
	cmd := &cobra.Command{
		Use:   "ir [POLICY_PATH...] --inventory FILE",
		Short: "Print the resolved intermediate representation",
		Long: `ir compiles the policies against the inventory and prints the resolved
IR (docs/ir.md): the identity table, endpoints, IPCache, peer selectors and,
per subject identity and direction, the entries with the rules they came
from. The text form is stable and deterministic; -o json prints the same
Program as JSON.

Exit status: 0 on success, 1 when a policy or the inventory has errors, 2 on
usage or I/O errors.`,
		Example: `  policyc ir testdata/examples/starwars/sw_l3_l4_policy.yaml --inventory testdata/examples/starwars/inventory.yaml
  policyc ir policies/ --inventory inv.yaml -o json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if output != "text" && output != "json" {
				return &exitError{code: exitUsage, err: fmt.Errorf("unknown output format %q: want text or json", output)}
			}
			prog, err := compileInputs(s, args, cf)
			if err != nil {
				return err
			}
			if output == "json" {
				b, err := prog.MarshalJSONIndent()
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(s.out, "%s\n", b)
				return err
			}
			return prog.Print(s.out)
		},
	}
	cf.register(cmd)
	cmd.Flags().StringVarP(&output, "output", "o", "text", "output format: text or json")
	return cmd
}
