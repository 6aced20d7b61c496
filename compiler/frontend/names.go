package frontend

import (
	"fmt"
	"strings"
)

// Kubernetes name syntax (k8s.io/apimachinery/pkg/util/validation).

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isLowerAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// dns1123Label checks a DNS-1123 label (namespaces): at most 63 lower-case
// alphanumerics or '-', starting and ending alphanumeric.
func dns1123Label(s string) string {
	if len(s) == 0 || len(s) > 63 {
		return "must be 1-63 characters"
	}
	for i := 0; i < len(s); i++ {
		if !isLowerAlnum(s[i]) && (s[i] != '-' || i == 0 || i == len(s)-1) {
			return "must consist of lower case alphanumerics or '-', and start and end with an alphanumeric"
		}
	}
	return ""
}

// dns1123Subdomain checks a DNS-1123 subdomain (object names): dot-separated
// DNS-1123 labels, at most 253 characters.
func dns1123Subdomain(s string) string {
	if len(s) == 0 || len(s) > 253 {
		return "must be 1-253 characters"
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" || dns1123Label(part) != "" {
			return "must consist of lower case alphanumerics, '-' or '.', and start and end with an alphanumeric"
		}
	}
	return ""
}

// labelName checks the name part of a qualified name (and label values):
// at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric.
func labelName(s string) bool {
	if len(s) == 0 || len(s) > 63 || !isAlnum(s[0]) || !isAlnum(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) && s[i] != '-' && s[i] != '_' && s[i] != '.' {
			return false
		}
	}
	return true
}

// qualifiedName checks a label key: [prefix/]name with prefix a DNS-1123
// subdomain.
func qualifiedName(s string) string {
	parts := strings.Split(s, "/")
	name := s
	switch len(parts) {
	case 1:
	case 2:
		if msg := dns1123Subdomain(parts[0]); msg != "" {
			return fmt.Sprintf("prefix %q %s", parts[0], msg)
		}
		name = parts[1]
	default:
		return "a key is an optional DNS subdomain prefix and '/' followed by a name"
	}
	if !labelName(name) {
		return "the name part must be 1-63 alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric"
	}
	return ""
}

// labelValue checks a label value (empty is allowed).
func labelValue(s string) string {
	if s == "" || labelName(s) {
		return ""
	}
	return "must be empty or 1-63 alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric"
}

// ianaSvcName reports whether s is an IANA service name as Cilium parses
// ports (pkg/iana): 1-15 letters, digits and '-', at least one letter, no
// leading, trailing or double '-'.
func ianaSvcName(s string) bool {
	if len(s) == 0 || len(s) > 15 || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9' || c == '-':
		default:
			return false
		}
	}
	return letter
}
