package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/loader"
)

// nodeFlags are the loader settings shared by apply, status, detach and monitor.
type nodeFlags struct {
	bpffs, name, stateDir, netns, mode string
}

func (f *nodeFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.bpffs, "bpffs", "/sys/fs/bpf", "bpffs mountpoint (mounted if needed)")
	fs.StringVar(&f.name, "pin-dir", "policyc", "pin directory under the bpffs mountpoint")
	fs.StringVar(&f.stateDir, "state-dir", "/var/lib/policyc", "loader state (applied revision) directory")
	fs.StringVar(&f.netns, "netns", "", "network namespace (path) holding the endpoint interfaces")
	fs.StringVar(&f.mode, "mode", loader.ModeAuto, "attach mode: auto (tcx, legacy tc on kernels without tcx), tcx or tc")
}

func (f *nodeFlags) config() loader.Config {
	return loader.Config{BPFFS: f.bpffs, Name: f.name, StateDir: f.stateDir, Netns: f.netns, Mode: f.mode}
}

func newApplyCmd(s *streams) *cobra.Command {
	var nf nodeFlags
	var pubs []string
	var nodeFile string
	cmd := &cobra.Command{
		Use:   "apply BUNDLE --pubkey PUB --node FILE",
		Short: "Verify a bundle and attach its programs on this node",
		Long: `apply verifies BUNDLE (signature, digests, no downgrade), loads every program
(the kernel verifier runs before anything changes), fills the ipcache and
selector membership maps from the bundle and the node file, and attaches
each local endpoint's programs with tcx on its interface, replacing the
previous ones atomically. Then every tracked flow is judged by the new
policy, as Cilium judges every packet of a flow: flows it denies are cut.
On any failure the previous policy stays attached
and enforcing. The node file is an inventory (policyc or kubectl format)
listing the current endpoints; "interface" marks the local ones.`,
		Example: "  policyc apply policy.bundle --pubkey ci-signing.pub --node node.yaml",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if mode := nf.mode; mode != loader.ModeAuto && mode != loader.ModeTCX && mode != loader.ModeTC {
				return &exitError{code: exitUsage, err: fmt.Errorf("--mode %q: want auto, tcx or tc", mode)}
			}
			keys, err := readPublicKeys(pubs)
			if err != nil {
				return err
			}
			if nodeFile == "" {
				return &exitError{code: exitUsage, err: errors.New("--node FILE is required")}
			}
			inv, diags := inventory.Load([]string{nodeFile})
			if diags.HasErrors() {
				for _, d := range diags {
					fmt.Fprintln(s.err, d.String())
				}
				return &exitError{code: exitPolicy, err: errors.New("node file has errors; nothing changed")}
			}
			f, err := os.Open(args[0])
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			defer f.Close()
			cfg := nf.config()
			cfg.Keys = keys
			res, err := loader.New(cfg).Apply(f, inv)
			if err != nil {
				var re *bundle.RefusalError
				code := exitUsage
				if errors.As(err, &re) {
					code = exitPolicy
				}
				return &exitError{code: code, err: fmt.Errorf("%w; the previous policy is still enforcing", err)}
			}
			for _, w := range res.Warnings {
				fmt.Fprintf(s.err, "policyc: warning: %s\n", w)
			}
			st := res.State
			fmt.Fprintf(s.out, "applied revision %d (manifest sha256:%s), generation %d\n", st.Revision, st.Digest, st.Generation)
			fmt.Fprintf(s.out, "  tracked flows: %s\n", res.Conntrack)
			for _, a := range st.Attachments {
				fmt.Fprintf(s.out, "  %-16s %-11s %-4s program %d (subject %d)\n", a.Interface, a.Hook, a.Mode, a.ProgramID, a.Subject)
			}
			return nil
		},
	}
	nf.register(cmd.Flags())
	cmd.Flags().StringArrayVar(&pubs, "pubkey", nil, "trusted Ed25519 public key (PEM); repeat for a key ring")
	cmd.Flags().StringVar(&nodeFile, "node", "", "node file: inventory of the current endpoints (interface = local)")
	return cmd
}
