package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/ir"
)

func newTraceCmd(s *streams) *cobra.Command {
	var (
		cf       compileFlags
		from, to string
		proto    string
		port     int
		icmpType int
		icmpCode int
		output   string
	)
	cmd := &cobra.Command{
		Use:   "trace [POLICY_PATH...] --inventory FILE --from PEER --to PEER --proto PROTO (--port N | --icmp-type N)",
		Short: "Explain the verdict for one flow",
		Long: `trace compiles the policies against the inventory and evaluates one flow
with the reference evaluator: the source's egress policy AND the
destination's ingress policy, as Cilium's datapath does. For each direction
it says whether the policy is enforced, which rules matched (file:line) and
why the verdict follows.

PEER is an inventory endpoint (namespace/pod), an IP address (addresses the
inventory does not know resolve to world, or to a CIDR/FQDN identity the
policies created), or a reserved entity: reserved:host, reserved:world,
reserved:remote-node, reserved:kube-apiserver, reserved:health, ...

PROTO is TCP, UDP, SCTP, ICMP or ICMPv6; --port gives the destination port
(TCP/UDP/SCTP), --icmp-type the ICMP type and --icmp-code its code (only
ICMPv4 type 3 code 4, fragmentation needed, is decided by the code: it
passes without policy, as in Cilium).

Exit status: 0 when the flow was evaluated (whatever the verdict), 1 when a
policy or the inventory has errors, 2 on usage or I/O errors.`,
		Example: `  policyc trace testdata/examples/starwars/sw_l3_l4_policy.yaml \
    --inventory testdata/examples/starwars/inventory.yaml \
    --from default/tiefighter --to default/deathstar-1 --proto TCP --port 80
  policyc trace policies/ --inventory inv.yaml --from default/app --to 8.8.8.8 --proto UDP --port 53 -o json
  policyc trace policies/ --inventory inv.yaml --from reserved:world --to default/app --proto ICMP --icmp-type 8`,
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := traceQuery(from, to, proto, port, icmpType, cmd.Flags().Changed("port"), cmd.Flags().Changed("icmp-type"), output)
			if err == nil {
				q.code, err = icmpCodeOf(q.proto, icmpCode, cmd.Flags().Changed("icmp-code"))
			}
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			prog, err := compileInputs(s, args, cf)
			if err != nil {
				return err
			}
			tr, err := runTrace(prog, q)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if output == "json" {
				enc := json.NewEncoder(s.out)
				enc.SetIndent("", "  ")
				return enc.Encode(tr)
			}
			return tr.writeText(s.out)
		},
	}
	cf.register(cmd)
	cmd.Flags().StringVar(&from, "from", "", "source `PEER`")
	cmd.Flags().StringVar(&to, "to", "", "destination `PEER`")
	cmd.Flags().StringVar(&proto, "proto", "", "protocol: TCP, UDP, SCTP, ICMP or ICMPv6")
	cmd.Flags().IntVar(&port, "port", 0, "destination port (TCP, UDP, SCTP)")
	cmd.Flags().IntVar(&icmpType, "icmp-type", 0, "ICMP type (ICMP, ICMPv6)")
	cmd.Flags().IntVar(&icmpCode, "icmp-code", 0, "ICMP code (ICMP, ICMPv6; default 0)")
	cmd.Flags().StringVarP(&output, "output", "o", "text", "output format: text or json")
	return cmd
}

// query is a validated trace request.
type query struct {
	from, to string
	proto    uint8
	port     uint16
	code     uint8 // ICMP code
}

// icmpCodeOf validates --icmp-code: ICMP protocols only, 0-255.
func icmpCodeOf(proto uint8, code int, set bool) (uint8, error) {
	switch {
	case !set:
		return 0, nil
	case proto != ir.ProtoICMP && proto != ir.ProtoICMPv6:
		return 0, fmt.Errorf("--icmp-code goes with --proto ICMP or ICMPv6")
	case code < 0 || code > 255:
		return 0, fmt.Errorf("--icmp-code %d out of range 0-255", code)
	}
	return uint8(code), nil
}

func traceQuery(from, to, proto string, port, icmpType int, portSet, icmpSet bool, output string) (query, error) {
	q := query{from: from, to: to}
	switch {
	case output != "text" && output != "json":
		return q, fmt.Errorf("unknown output format %q: want text or json", output)
	case from == "" || to == "":
		return q, fmt.Errorf("--from and --to are required")
	case proto == "":
		return q, fmt.Errorf("--proto is required (TCP, UDP, SCTP, ICMP or ICMPv6)")
	}
	switch strings.ToUpper(proto) {
	case "TCP", "UDP", "SCTP":
		if !portSet || icmpSet {
			return q, fmt.Errorf("--proto %s needs --port (and no --icmp-type)", proto)
		}
		if port < 0 || port > 65535 {
			return q, fmt.Errorf("--port %d out of range 0-65535", port)
		}
		q.port = uint16(port)
	case "ICMP", "ICMPV6":
		if !icmpSet || portSet {
			return q, fmt.Errorf("--proto %s needs --icmp-type (and no --port)", proto)
		}
		if icmpType < 0 || icmpType > 255 {
			return q, fmt.Errorf("--icmp-type %d out of range 0-255", icmpType)
		}
		q.port = uint16(icmpType)
	default:
		return q, fmt.Errorf("unknown protocol %q: want TCP, UDP, SCTP, ICMP or ICMPv6", proto)
	}
	q.proto, _ = ir.ParseProto(proto)
	return q, nil
}

// traceResult is what trace prints (and its JSON form).
type traceResult struct {
	Flow      traceFlow `json:"flow"`
	Verdict   string    `json:"verdict"`
	ProxyPort uint16    `json:"proxyPort"`
	Egress    traceDir  `json:"egress"`
	Ingress   traceDir  `json:"ingress"`
}

type traceFlow struct {
	From         string      `json:"from"`
	FromIdentity ir.Identity `json:"fromIdentity"`
	To           string      `json:"to"`
	ToIdentity   ir.Identity `json:"toIdentity"`
	Proto        string      `json:"proto"`
	Port         uint16      `json:"port,omitempty"`
	ICMPType     *uint16     `json:"icmpType,omitempty"`
	ICMPCode     uint8       `json:"icmpCode,omitempty"`
}

type traceDir struct {
	Subject   ir.Identity `json:"subject"`
	Enforced  bool        `json:"enforced"`
	Verdict   string      `json:"verdict"`
	ProxyPort uint16      `json:"proxyPort,omitempty"`
	Entry     uint32      `json:"entry,omitempty"`
	Reason    string      `json:"reason"`
	Rules     []traceRule `json:"rules"`
}

// authName names an entry's authentication type (§1.12).
func authName(t uint8) string {
	switch t {
	case 0:
		return ""
	case 1:
		return "required"
	case 2:
		return "test-always-fail"
	}
	return fmt.Sprintf("type %d", t)
}

// traceRule is one matched entry's source rule.
type traceRule struct {
	Entry   uint32 `json:"entry"`
	Decided bool   `json:"decided"`
	Verdict string `json:"verdict"`
	Match   string `json:"match"`
	Peer    string `json:"peer"`
	// Auth is the authentication the rule requires ("required",
	// "test-always-fail"); such entries drop (PC0509).
	Auth   string `json:"auth,omitempty"`
	Policy string `json:"policy"`
	Kind   string `json:"kind"`
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	Path   string `json:"path,omitempty"`
}

func runTrace(p *ir.Program, q query) (*traceResult, error) {
	src, _, err := p.ResolvePeer(q.from)
	if err != nil {
		return nil, fmt.Errorf("--from: %w", err)
	}
	dst, _, err := p.ResolvePeer(q.to)
	if err != nil {
		return nil, fmt.Errorf("--to: %w", err)
	}
	d := p.Decide(ir.Flow{Src: src, Dst: dst, Proto: q.proto, DPort: q.port, ICMPCode: q.code})
	tr := &traceResult{
		Flow:    traceFlow{From: q.from, FromIdentity: src, To: q.to, ToIdentity: dst, Proto: ir.ProtoName(q.proto), Port: q.port},
		Verdict: d.Verdict.String(), ProxyPort: d.ProxyPort,
		Egress: traceDirection(p, d.Egress), Ingress: traceDirection(p, d.Ingress),
	}
	if q.proto == ir.ProtoICMP || q.proto == ir.ProtoICMPv6 {
		t := q.port
		tr.Flow.Port, tr.Flow.ICMPType, tr.Flow.ICMPCode = 0, &t, q.code
	}
	return tr, nil
}

func traceDirection(p *ir.Program, d ir.DirDecision) traceDir {
	td := traceDir{Subject: d.Subject, Enforced: d.Enforced, Verdict: d.Verdict.String(), ProxyPort: d.ProxyPort,
		Entry: d.Entry, Reason: d.Reason, Rules: []traceRule{}}
	for _, id := range d.Matched {
		_, e := p.Entry(id)
		if e == nil {
			continue
		}
		peer := fmt.Sprintf("s%d", e.Peer)
		if int(e.Peer) < len(p.Selectors) {
			peer = p.Selectors[e.Peer].Text
		}
		for _, o := range e.Origins {
			td.Rules = append(td.Rules, traceRule{Entry: id, Decided: id == d.Entry, Verdict: e.Verdict.String(),
				Match: ir.FormatPort(e.Proto, e.PortLo, e.PortHi), Peer: peer, Auth: authName(e.Auth), Policy: o.Policy, Kind: o.Kind,
				File: o.Pos.File, Line: o.Pos.Line, Column: o.Pos.Col, Path: o.Pos.Path})
		}
	}
	return td
}

func (tr *traceResult) writeText(w io.Writer) error {
	var b strings.Builder
	f := tr.Flow
	what := fmt.Sprintf("%s/%d", f.Proto, f.Port)
	if f.ICMPType != nil {
		what = fmt.Sprintf("%s type %d", f.Proto, *f.ICMPType)
		if f.ICMPCode != 0 {
			what += fmt.Sprintf(" code %d", f.ICMPCode)
		}
	}
	fmt.Fprintf(&b, "flow:    %s (identity %d) -> %s (identity %d) %s\n", f.From, f.FromIdentity, f.To, f.ToIdentity, what)
	fmt.Fprintf(&b, "verdict: %s", strings.ToUpper(tr.Verdict))
	if tr.Verdict == "redirect" {
		fmt.Fprintf(&b, " to proxy port %d", tr.ProxyPort)
	}
	b.WriteString("\n")
	writeDir(&b, "egress", "source", f.From, tr.Egress)
	writeDir(&b, "ingress", "destination", f.To, tr.Ingress)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeDir(b *strings.Builder, dir, role, name string, d traceDir) {
	enf := "enforced"
	if !d.Enforced {
		enf = "not enforced"
	}
	fmt.Fprintf(b, "\n%s of the %s %s (identity %d): %s\n", dir, role, name, d.Subject, enf)
	fmt.Fprintf(b, "  %s: %s\n", d.Verdict, d.Reason)
	prep := "from"
	if dir == "egress" {
		prep = "to"
	}
	for _, r := range d.Rules {
		mark := " "
		if r.Decided {
			mark = "*"
		}
		loc := r.File
		if r.Line > 0 {
			loc = fmt.Sprintf("%s:%d:%d", r.File, r.Line, r.Column)
		}
		if loc == "" {
			loc = "(synthesised)"
		}
		if r.Path != "" {
			loc += " " + r.Path
		}
		auth := ""
		if r.Auth != "" {
			auth = " (authentication " + r.Auth + ": no agent, dropped)"
		}
		fmt.Fprintf(b, "  %s #%d %s %s %s %s%s\n      %s (%s) %s\n", mark, r.Entry, r.Verdict, r.Match, prep, r.Peer, auth, r.Policy, r.Kind, loc)
	}
}
