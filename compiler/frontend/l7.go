package frontend

import (
	"regexp"
	"strconv"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// l7Types counts the L7 kinds present in r as Cilium's L7Rules.sanitize
// does: a kind counts when its list is present at all (even `[]`), l7proto
// when non-empty.
func l7Types(r *ast.L7Rules) int {
	n := 0
	for _, set := range []bool{r.HTTP != nil, r.Kafka != nil, r.DNS != nil, r.L7Proto != ""} {
		if set {
			n++
		}
	}
	return n
}

// l7Kinds counts the L7 kinds with rules in r; zero is Cilium's
// L7Rules.IsEmpty (Len() == 0: no L7 at all, a plain L4 allow). An l7proto
// without l7 entries has no rules.
func l7Kinds(r *ast.L7Rules) int {
	n := 0
	for _, set := range []bool{len(r.HTTP) > 0, len(r.Kafka) > 0, len(r.DNS) > 0, len(r.L7) > 0} {
		if set {
			n++
		}
	}
	return n
}

// l7Rules decodes `rules`, returning its object for later positioned checks.
func (d *decoder) l7Rules(po *object) (*ast.L7Rules, *object) {
	ro := po.obj("rules", []string{"http", "kafka", "dns", "l7proto", "l7"})
	if ro == nil {
		return nil, nil
	}
	r := &ast.L7Rules{Pos: ro.pos(), L7Proto: ro.s("l7proto")}
	if items, present := ro.list("http"); present && items != nil {
		r.HTTP = make([]*ast.HTTPRule, 0, len(items))
		for i, it := range items {
			if h := d.httpRule(it, index(ro.sub("http"), i)); h != nil {
				r.HTTP = append(r.HTTP, h)
			}
		}
	}
	if items, present := ro.list("kafka"); present && items != nil {
		r.Kafka = make([]*ast.KafkaRule, 0, len(items))
		for i, it := range items {
			if k := d.kafkaRule(it, index(ro.sub("kafka"), i)); k != nil {
				r.Kafka = append(r.Kafka, k)
			}
		}
	}
	r.DNS = d.fqdnList(ro, "dns")
	r.L7 = d.genericL7(ro)
	if l7Kinds(r) > 0 && l7Types(r) > 1 {
		d.errorf(ro.anchor(), ro.path, diag.CodeMultipleL7, "multiple L7 protocol rule types specified in single rule")
	}
	if r.L7 != nil && r.L7Proto == "" && l7Kinds(r) > 0 {
		d.errorHint(ro.keyNode("l7"), ro.sub("l7"), diag.CodeL7NoProto, "name the proxylib parser with l7proto",
			"'l7' may only be specified when a 'l7proto' is also specified")
	}
	return r, ro
}

func (d *decoder) httpRule(n *yaml.Node, path string) *ast.HTTPRule {
	ho := d.obj(n, path, []string{"path", "method", "host", "headers", "headerMatches"})
	if ho == nil {
		return nil
	}
	h := &ast.HTTPRule{Pos: ho.pos(), Path: ho.s("path"), Method: ho.s("method"), Host: ho.s("host"), Headers: ho.strings("headers")}
	for _, k := range []string{"path", "method", "host"} {
		if v := ho.s(k); v != "" {
			if _, err := regexp.Compile(v); err != nil {
				d.errorf(ho.valNode(k), ho.sub(k), diag.CodeHTTPRegex, "%s %q is not a valid regular expression: %v", k, v, err)
			}
		}
	}
	items, _ := ho.list("headerMatches")
	for i, it := range items {
		if hm := d.headerMatch(it, index(ho.sub("headerMatches"), i)); hm != nil {
			h.HeaderMatches = append(h.HeaderMatches, hm)
		}
	}
	return h
}

var mismatchActions = []string{"LOG", "ADD", "DELETE", "REPLACE"}

func (d *decoder) headerMatch(n *yaml.Node, path string) *ast.HeaderMatch {
	mo := d.obj(n, path, []string{"name", "value", "secret", "mismatch"})
	if mo == nil {
		return nil
	}
	hm := &ast.HeaderMatch{Pos: mo.pos(), Name: mo.s("name"), Value: mo.s("value"), Mismatch: mo.s("mismatch")}
	if hm.Name == "" {
		d.errorf(mo.anchor(), mo.sub("name"), diag.CodeHeaderMatch, "headerMatches entry needs a name")
	}
	if mo.has("mismatch") && !contains(mismatchActions, hm.Mismatch) {
		d.errorHint(mo.valNode("mismatch"), mo.sub("mismatch"), diag.CodeHeaderMatch, hintOneOf(hm.Mismatch, mismatchActions),
			"mismatch action %q is not one of LOG, ADD, DELETE, REPLACE", hm.Mismatch)
	}
	if mo.has("secret") {
		hm.Secret = d.secret(mo, "secret", diag.CodeHeaderMatch)
	}
	return hm
}

// kafkaAPIKeys is Cilium's kafka.APIKeyMap (lower-case names, keys 0-33).
var kafkaAPIKeys = []string{"produce", "fetch", "offsets", "metadata", "leaderandisr", "stopreplica",
	"updatemetadata", "controlledshutdown", "offsetcommit", "offsetfetch", "findcoordinator", "joingroup",
	"heartbeat", "leavegroup", "syncgroup", "describegroups", "listgroups", "saslhandshake", "apiversions",
	"createtopics", "deletetopics", "deleterecords", "initproducerid", "offsetforleaderepoch",
	"addpartitionstotxn", "addoffsetstotxn", "endtxn", "writetxnmarkers", "txnoffsetcommit", "describeacls",
	"createacls", "deleteacls", "describeconfigs", "alterconfigs"}

func (d *decoder) kafkaRule(n *yaml.Node, path string) *ast.KafkaRule {
	ko := d.obj(n, path, []string{"role", "apiKey", "apiVersion", "clientID", "topic"})
	if ko == nil {
		return nil
	}
	k := &ast.KafkaRule{Pos: ko.pos(), Role: ko.s("role"), APIKey: ko.s("apiKey"), APIVersion: ko.s("apiVersion"),
		ClientID: ko.s("clientID"), Topic: ko.s("topic")}
	if k.Role != "" && k.APIKey != "" {
		d.errorf(ko.keyNode("apiKey"), ko.sub("apiKey"), diag.CodeKafka, "cannot set both role %q and apiKey %q", k.Role, k.APIKey)
	}
	if k.Role != "" && k.Role != "produce" && k.Role != "consume" {
		d.errorHint(ko.valNode("role"), ko.sub("role"), diag.CodeKafka, hintOneOf(k.Role, []string{"produce", "consume"}),
			"invalid Kafka role %q (produce or consume)", k.Role)
	}
	if k.APIKey != "" && !contains(kafkaAPIKeys, lower(k.APIKey)) {
		d.errorHint(ko.valNode("apiKey"), ko.sub("apiKey"), diag.CodeKafka, hintOneOf(lower(k.APIKey), kafkaAPIKeys),
			"unknown Kafka apiKey %q", k.APIKey)
	}
	if k.APIVersion != "" {
		if v, err := strconv.ParseInt(k.APIVersion, 10, 16); err != nil || v < 0 {
			d.errorf(ko.valNode("apiVersion"), ko.sub("apiVersion"), diag.CodeKafka, "Kafka apiVersion %q is not a number 0-32767", k.APIVersion)
		}
	}
	if k.Topic != "" && (len(k.Topic) > 255 || !kafkaTopic(k.Topic)) {
		d.errorf(ko.valNode("topic"), ko.sub("topic"), diag.CodeKafka,
			"invalid Kafka topic %q: at most 255 characters of letters, digits, '.', '_' and '-'", k.Topic)
	}
	return k
}

func kafkaTopic(t string) bool {
	for i := 0; i < len(t); i++ {
		if c := t[i]; !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// genericL7 decodes `l7`: a list of string maps; empty keys are rejected.
func (d *decoder) genericL7(ro *object) []*ast.GenericL7 {
	items, present := ro.list("l7")
	if !present || items == nil {
		return nil
	}
	out := make([]*ast.GenericL7, 0, len(items))
	for i, it := range items {
		lo := d.obj(it, index(ro.sub("l7"), i), nil)
		if lo == nil {
			continue
		}
		g := &ast.GenericL7{Pos: lo.pos(), Fields: map[string]string{}}
		for _, e := range lo.entries() {
			if e.k == "" {
				d.errorf(e.key, lo.path, diag.CodeL7EmptyKey, "empty key in l7 rule")
			}
			g.Fields[e.k] = e.v
		}
		out = append(out, g)
	}
	return out
}
