package article

import (
	"fmt"
	"net/url"
	"strings"
)

// trackingParams are query keys that identify a campaign, not a resource.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "_ga": true, "_gl": true,
	"ref_src": true, "ref_url": true, "cmpid": true, "ocid": true, "icid": true,
	"mkt_tok": true, "spm": true, "s_cid": true, "wt.mc_id": true, "wt_mc_id": true,
	"__twitter_impression": true, "ito": true, "at_medium": true, "at_campaign": true,
	"at_custom1": true, "at_custom2": true, "at_custom3": true, "at_custom4": true,
	"hsenc": true, "_hsenc": true, "_hsmi": true, "vero_id": true, "oly_enc_id": true,
	"oly_anon_id": true, "rb_clickid": true, "sr_share": true, "smid": true, "soc_src": true,
	"soc_trk": true, "xtor": true, "guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
}

// trackingPrefixes catch families such as utm_source, utm_medium, pk_campaign.
var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "hmb_", "itm_", "stm_", "_hs"}

// CanonicalURL lower-cases scheme and host, drops fragments, default ports
// and tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ...); it
// keeps the order of everything else.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("canonical url %q: %w", raw, err)
	}
	if u.Scheme == "" || u.Hostname() == "" {
		return "", fmt.Errorf("canonical url %q: not absolute", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = stripTracking(u.RawQuery)
	u.ForceQuery = false
	if u.Path == "" && u.RawPath == "" && u.Opaque == "" {
		u.Path = "/"
	}
	return u.String(), nil
}

// stripTracking removes tracking pairs from a raw query, keeping the order
// and encoding of the rest untouched.
func stripTracking(q string) string {
	if q == "" {
		return ""
	}
	parts := strings.Split(q, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if !isTracking(strings.ToLower(key)) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "&")
}

func isTracking(key string) bool {
	if trackingParams[key] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}
