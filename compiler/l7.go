package compiler

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/ir"
)

// l7Spec is what one port rule asks of the proxy.
type l7Spec struct {
	pos      ir.Pos
	parser   string   // http, kafka, dns, tls, crd, or an l7proto name
	rules    []string // canonical JSON of each rule, sorted, unique
	listener string   // crd: "Kind/name/listener"
	priority uint8    // proxy priority: 1, or 255-p for a listener of priority p
	port     uint16   // proxy port
}

// Parser names.
const (
	parserHTTP  = "http"
	parserKafka = "kafka"
	parserDNS   = "dns"
	parserTLS   = "tls"
	parserCRD   = "crd"
)

// passL7 attaches an l7Spec to every port spec whose port rule has L7
// rules, TLS interception or a listener, and assigns proxy ports.
func passL7(st *state) {
	listeners := st.listenerPorts()
	for _, r := range st.rules {
		for dir, cs := range r.clauses {
			for _, c := range cs {
				for i := range c.ports {
					ps := &c.ports[i]
					if ps.portRl == nil || c.deny {
						continue
					}
					ps.l7 = st.l7For(ps.portRl, ir.Direction(dir), r.ns, listeners)
				}
			}
		}
	}
}

// listenerPorts numbers the distinct listener references in sorted order.
func (st *state) listenerPorts() map[string]uint16 {
	var refs []string
	for _, r := range st.rules {
		for _, cs := range r.clauses {
			for _, c := range cs {
				for _, ps := range c.ports {
					if ps.portRl != nil && ps.portRl.Listener != nil {
						refs = append(refs, listenerRef(ps.portRl.Listener, r.ns))
					}
				}
			}
		}
	}
	slices.Sort(refs)
	refs = slices.Compact(refs)
	out := map[string]uint16{}
	for i, ref := range refs {
		out[ref] = st.opts.ProxyPorts.ListenerBase + uint16(i)
	}
	return out
}

func listenerRef(l *ast.Listener, ns string) string {
	kind, name := "CiliumEnvoyConfig", ""
	if l.EnvoyConfig != nil {
		kind, name = l.EnvoyConfig.Kind, l.EnvoyConfig.Name
	}
	if kind == "CiliumEnvoyConfig" && ns != "" {
		name = ns + "/" + name
	}
	return kind + "/" + name + "/" + l.Name
}

func (st *state) l7For(pr *ast.PortRule, dir ir.Direction, ns string, listeners map[string]uint16) *l7Spec {
	spec := &l7Spec{pos: pr.Pos, priority: 1}
	switch {
	case pr.Listener != nil:
		ref := listenerRef(pr.Listener, ns)
		spec.port = listeners[ref]
		spec.parser, spec.listener, spec.priority = parserCRD, ref, listenerPriority(pr.Listener.Priority)
		spec.rules = []string{mustJSON(map[string]string{"listener": ref})}
		return spec
	// The parser is picked as Cilium's createL4Filter does: by non-empty
	// lists (so `http: []` is no L7 at all) or a named l7proto (which
	// redirects even without `l7` entries).
	case pr.Rules != nil && len(pr.Rules.HTTP) > 0:
		spec.parser, spec.rules = parserHTTP, httpRules(pr.Rules.HTTP)
	case pr.Rules != nil && len(pr.Rules.Kafka) > 0:
		spec.parser, spec.rules = parserKafka, kafkaRules(pr.Rules.Kafka)
	case pr.Rules != nil && len(pr.Rules.DNS) > 0:
		spec.parser, spec.rules = parserDNS, dnsRules(pr.Rules.DNS)
	case pr.Rules != nil && pr.Rules.L7Proto != "":
		spec.parser, spec.rules = pr.Rules.L7Proto, genericRules(pr.Rules.L7)
	case pr.TerminatingTLS != nil || pr.OriginatingTLS != nil || len(pr.ServerNames) > 0:
		spec.parser, spec.rules = parserTLS, tlsRules(pr)
	default:
		return nil
	}
	spec.port = st.proxyPort(spec.parser, dir)
	return spec
}

// listenerPriority encodes a listener's priority as the datapath's proxy
// priority (§1.8, §7): p in 1..100 (a lower p wins) becomes 255-p; an unset
// priority (0) is the lowest, the same 1 as a default redirect.
func listenerPriority(p int) uint8 {
	if p < 1 || p > 100 {
		return 1 // unset; the frontend rejects values outside 1..100
	}
	return uint8(255 - p)
}

// proxyPort is the listener port for a parser and direction (Options).
func (st *state) proxyPort(parser string, dir ir.Direction) uint16 {
	pp := st.opts.ProxyPorts
	eg := dir == ir.Egress
	pick := func(e, i uint16) uint16 {
		if eg {
			return e
		}
		return i
	}
	switch parser {
	case parserHTTP, parserTLS:
		return pick(pp.HTTPEgress, pp.HTTPIngress)
	case parserKafka:
		return pick(pp.KafkaEgress, pp.KafkaIngress)
	case parserDNS:
		return pp.DNS
	}
	return pick(pp.L7ProtoEgress, pp.L7ProtoIngress)
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain data is marshalled here
	}
	return string(b)
}

func canonRules(rs []string) []string {
	slices.Sort(rs)
	return slices.Compact(rs)
}

func httpRules(hs []*ast.HTTPRule) []string {
	type headerMatch struct {
		Name     string `json:"name"`
		Value    string `json:"value,omitempty"`
		Secret   string `json:"secret,omitempty"`
		Mismatch string `json:"mismatch,omitempty"`
	}
	type rule struct {
		Method        string        `json:"method,omitempty"`
		Path          string        `json:"path,omitempty"`
		Host          string        `json:"host,omitempty"`
		Headers       []string      `json:"headers,omitempty"`
		HeaderMatches []headerMatch `json:"headerMatches,omitempty"`
	}
	var out []string
	for _, h := range hs {
		r := rule{Method: h.Method, Path: h.Path, Host: h.Host, Headers: slices.Sorted(slices.Values(h.Headers))}
		for _, m := range h.HeaderMatches {
			hm := headerMatch{Name: m.Name, Value: m.Value, Mismatch: m.Mismatch}
			if m.Secret != nil {
				hm.Secret = m.Secret.Namespace + "/" + m.Secret.Name
			}
			r.HeaderMatches = append(r.HeaderMatches, hm)
		}
		out = append(out, mustJSON(r))
	}
	return canonRules(out)
}

func kafkaRules(ks []*ast.KafkaRule) []string {
	type rule struct {
		Role       string `json:"role,omitempty"`
		APIKey     string `json:"apiKey,omitempty"`
		APIVersion string `json:"apiVersion,omitempty"`
		ClientID   string `json:"clientID,omitempty"`
		Topic      string `json:"topic,omitempty"`
	}
	var out []string
	for _, k := range ks {
		out = append(out, mustJSON(rule{strings.ToLower(k.Role), k.APIKey, k.APIVersion, k.ClientID, k.Topic}))
	}
	return canonRules(out)
}

func dnsRules(ds []*ast.FQDNSelector) []string {
	var out []string
	for _, d := range ds {
		if d.MatchPattern != "" {
			out = append(out, mustJSON(map[string]string{"matchPattern": strings.ToLower(d.MatchPattern)}))
		} else {
			out = append(out, mustJSON(map[string]string{"matchName": strings.ToLower(d.MatchName)}))
		}
	}
	return canonRules(out)
}

func genericRules(ls []*ast.GenericL7) []string {
	var out []string
	for _, l := range ls {
		out = append(out, mustJSON(l.Fields))
	}
	if len(out) == 0 {
		out = append(out, "{}")
	}
	return canonRules(out)
}

func tlsRules(pr *ast.PortRule) []string {
	var names []string
	for _, s := range pr.ServerNames {
		names = append(names, strings.ToLower(s.Value))
	}
	slices.Sort(names)
	return []string{mustJSON(map[string][]string{"serverNames": slices.Compact(names)})}
}

// wildcardRule is the allow-everything rule a parser gets when a plain
// allow merges into a redirect (§2.7).
func wildcardRule(parser string) string {
	if parser == parserDNS {
		return `{"matchPattern":"*"}`
	}
	return "{}"
}

// mergeParser returns the parser of two merged specs (§2.7, L7ParserType
// Merge): equal parsers merge; tls promotes to anything but dns and crd;
// everything else conflicts.
func mergeParser(a, b string) (string, bool) {
	switch {
	case a == b:
		return a, true
	case a == parserTLS && b != parserDNS && b != parserCRD:
		return b, true
	case b == parserTLS && a != parserDNS && a != parserCRD:
		return a, true
	}
	return "", false
}
