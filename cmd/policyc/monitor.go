package main

import (
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/loader"
	"github.com/policyc/policyc/runtime"
)

func newMonitorCmd(s *streams) *cobra.Command {
	var nf nodeFlags
	var count int
	var timeout time.Duration
	var drops bool
	cmd := &cobra.Command{
		Use:   "monitor",
		Short: "Print drop and verdict events from the datapath",
		Long: `monitor prints the events the programs emit (every drop and every new flow
decided by policy) with both identities and their labels, the rule and its
source position. Stops after --count events, --timeout, or Ctrl-C.`,
		Example: "  policyc monitor\n  policyc monitor --drops --count 10",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			l := loader.New(nf.config())
			prog, _ := l.AppliedProgram()
			stop := make(chan struct{})
			sig := make(chan os.Signal, 1)
			signal.Notify(sig, os.Interrupt)
			defer signal.Stop(sig)
			go func() {
				var tc <-chan time.Time
				if timeout > 0 {
					tc = time.After(timeout)
				}
				select {
				case <-sig:
				case <-tc:
				}
				close(stop)
			}()
			n := 0
			err := l.Monitor(stop, func(ev runtime.Event) bool {
				if drops && ev.Verdict != runtime.VerdictDeny {
					return true
				}
				fmt.Fprintln(s.out, loader.FormatEvent(ev, prog))
				n++
				return count == 0 || n < count
			})
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			return nil
		},
	}
	nf.register(cmd.Flags())
	cmd.Flags().IntVar(&count, "count", 0, "stop after this many events (0: no limit)")
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "stop after this long (0: no limit)")
	cmd.Flags().BoolVar(&drops, "drops", false, "only drops")
	return cmd
}
