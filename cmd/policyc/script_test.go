package main

import (
	"os"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/spf13/cobra"
)

// TestMain lets test scripts run policyc in-process: `exec policyc ...`
// re-executes the test binary as the policyc command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"policyc": func() { os.Exit(Main()) },
	})
}

// TestScripts runs every testdata/script/*.txtar. Each script checks
// stdout/stderr with cmp against files inside the archive; set
// POLICYC_UPDATE=1 to rewrite those expected files in place.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       testutils.Update(),
	})
}

// TestEveryCommandHasExample keeps `--help` useful: every command,
// including the built-in completion commands, shows an example.
func TestEveryCommandHasExample(t *testing.T) {
	root := newRootCmd(nil, nil, nil)
	var walk func(c *cobra.Command)
	n := 0
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" {
				continue
			}
			n++
			if sub.Example == "" {
				t.Errorf("command %q has no Example", sub.CommandPath())
			}
			walk(sub)
		}
	}
	walk(root)
	if n < 3 {
		t.Fatalf("found only %d commands; is the completion command registered?", n)
	}
}
