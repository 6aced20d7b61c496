package inventory

import (
	"slices"
	"strings"

	"github.com/policyc/policyc/ir"
)

// Label keys Cilium adds to pod identities (cnp-semantics.md §1.3, §3).
const (
	LabelNamespace      = "io.kubernetes.pod.namespace"
	LabelNamespacePfx   = "io.cilium.k8s.namespace.labels."
	LabelServiceAccount = "io.cilium.k8s.policy.serviceaccount"
	LabelCluster        = "io.cilium.k8s.policy.cluster"
	LabelNamespaceName  = "kubernetes.io/metadata.name"
)

// keepLabel is Cilium's default labelsfilter (pkg/labelsfilter): ignore
// Kubernetes-internal keys, keep namespace, cluster, service-account and
// app.kubernetes.io labels and everything else. The longest matching prefix
// wins and an include beats a shorter ignore, which the order of these
// checks encodes.
func keepLabel(key string) bool {
	for _, inc := range []string{LabelNamespace, LabelNamespacePfx, "io.cilium.k8s.policy", "app.kubernetes.io"} {
		if strings.HasPrefix(key, inc) {
			return true
		}
	}
	switch key {
	case "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index",
		"batch.kubernetes.io/job-completion-index", "batch.kubernetes.io/controller-uid",
		"pod-template-generation", "pod-template-hash", "controller-revision-hash",
		"controller-uid", "etcd_node":
		return false
	}
	if strings.HasPrefix(key, "annotation.") || strings.Contains(key, "beta.kubernetes.io") {
		return false
	}
	for _, ign := range []string{"io.kubernetes", "kubernetes.io", "k8s.io"} {
		if strings.HasPrefix(key, ign) {
			return false
		}
	}
	return true
}

// PodIdentityLabels returns the identity labels of a pod (§1.3): its own
// labels, the namespace label, the namespace's labels (always including
// kubernetes.io/metadata.name), the service account and the cluster, all
// with source k8s, filtered by the labelsfilter, sorted.
func PodIdentityLabels(podLabels map[string]string, ns Namespace, serviceAccount, cluster string) []string {
	var out []string
	add := func(k, v string) {
		if keepLabel(k) {
			out = append(out, ir.SourceK8s+":"+k+"="+v)
		}
	}
	for k, v := range podLabels {
		add(k, v)
	}
	add(LabelNamespace, ns.Name)
	nsLabels := map[string]string{LabelNamespaceName: ns.Name}
	for k, v := range ns.Labels {
		nsLabels[k] = v
	}
	for k, v := range nsLabels {
		add(LabelNamespacePfx+k, v)
	}
	if serviceAccount != "" {
		add(LabelServiceAccount, serviceAccount)
	}
	add(LabelCluster, cluster)
	slices.Sort(out)
	return slices.Compact(out)
}

// reservedIdentities are Cilium's reserved identities and their labels
// (§5). The host identity additionally carries the local node's labels.
func reservedIdentities(localNodeLabels map[string]string) []Identity {
	host := []string{"reserved:host="}
	for k, v := range localNodeLabels {
		host = append(host, ir.SourceK8s+":"+k+"="+v)
	}
	slices.Sort(host)
	return []Identity{
		{ID: ir.IdentityHost, Labels: host},
		{ID: ir.IdentityWorld, Labels: []string{"reserved:world="}},
		{ID: ir.IdentityUnmanaged, Labels: []string{"reserved:unmanaged="}},
		{ID: ir.IdentityHealth, Labels: []string{"reserved:health="}},
		{ID: ir.IdentityInit, Labels: []string{"reserved:init="}},
		{ID: ir.IdentityRemoteNode, Labels: []string{"reserved:remote-node="}},
		{ID: ir.IdentityKubeAPIServer, Labels: []string{"reserved:kube-apiserver=", "reserved:remote-node="}},
		{ID: ir.IdentityIngress, Labels: []string{"reserved:ingress="}},
		{ID: ir.IdentityWorldIPv4, Labels: []string{"reserved:world-ipv4="}},
		{ID: ir.IdentityWorldIPv6, Labels: []string{"reserved:world-ipv6="}},
		{ID: ir.IdentityOverlay, Labels: []string{"reserved:overlay-to-encrypt="}},
	}
}

// isReservedRange reports whether id may not be allocated to a label set:
// reserved (0–11), well-known (100–115), user-reserved (128–255), anything
// below the first global identity, and the local/remote-node scopes.
func isReservedRange(id ir.Identity) bool {
	return id < ir.MinGlobalIdentity || id >= ir.IdentityScopeLocal
}
