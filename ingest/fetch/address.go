package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// blockedPrefixes are the address ranges refused unless allowed: they reach
// the machine itself, its local networks or cloud metadata services rather
// than the public web.
var blockedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",      // "this" network, unspecified
		"10.0.0.0/8",     // private
		"100.64.0.0/10",  // CGNAT shared address space
		"127.0.0.0/8",    // loopback
		"169.254.0.0/16", // link-local, incl. 169.254.169.254 metadata
		"172.16.0.0/12",  // private
		"192.0.0.0/24",   // IETF protocol assignments
		"192.168.0.0/16", // private
		"198.18.0.0/15",  // benchmarking
		"224.0.0.0/4",    // multicast
		"240.0.0.0/4",    // reserved, incl. broadcast
		"::/128",         // unspecified
		"::1/128",        // loopback
		"64:ff9b:1::/48", // local-use NAT64
		"fc00::/7",       // unique local
		"fe80::/10",      // link-local
		"ff00::/8",       // multicast
		"2001:db8::/32",  // documentation
		"100::/64",       // discard-only
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

// isBlockedAddr reports whether a is in a refused range. IPv4-mapped IPv6
// addresses are checked as IPv4.
func isBlockedAddr(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// allowKey is the context key telling the transport a request may reach
// private addresses.
type allowKey struct{}

func withAllowPrivate(ctx context.Context) context.Context {
	return context.WithValue(ctx, allowKey{}, true)
}

func allowsPrivate(ctx context.Context) bool {
	v, _ := ctx.Value(allowKey{}).(bool)
	return v
}

// privateAddrError is returned by the dialer's Control hook; it unwraps to
// ErrPrivateAddress.
type privateAddrError struct{ addr string }

func (e *privateAddrError) Error() string {
	return fmt.Sprintf("%s: address %s", ErrPrivateAddress, e.addr)
}

func (e *privateAddrError) Unwrap() error { return ErrPrivateAddress }

// splitTransport sends requests whose context allows private addresses
// through loose and all others through strict. Two transports keep two
// connection pools, so a connection opened for an allowed request is never
// reused for one that is not.
type splitTransport struct {
	strict, loose *http.Transport
}

func newSplitTransport(connectTimeout, headerTimeout time.Duration) *splitTransport {
	return &splitTransport{
		strict: newTransport(&net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second, Control: refusePrivate}, connectTimeout, headerTimeout),
		loose:  newTransport(&net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}, connectTimeout, headerTimeout),
	}
}

// newTransport ignores proxy settings (the address check must see the
// real peer) and leaves decompression to the body reader, which caps it.
func newTransport(d *net.Dialer, connectTimeout, headerTimeout time.Duration) *http.Transport {
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   connectTimeout,
		ResponseHeaderTimeout: headerTimeout,
		ExpectContinueTimeout: time.Second,
		DisableCompression:    true,
	}
}

func (t *splitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if allowsPrivate(req.Context()) {
		return t.loose.RoundTrip(req)
	}
	return t.strict.RoundTrip(req)
}

func (t *splitTransport) CloseIdleConnections() {
	t.strict.CloseIdleConnections()
	t.loose.CloseIdleConnections()
}

// refusePrivate is a net.Dialer Control hook; address is the resolved
// "ip:port" about to be connected.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if isBlockedAddr(a) {
		return &privateAddrError{addr: a.String()}
	}
	return nil
}

// hostAllowed reports whether host (URL.Host form) is in the allowlist,
// matched with or without its port, case-insensitively.
func hostAllowed(host string, allow []string) bool {
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	for _, a := range allow {
		if strings.EqualFold(a, host) || strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}
