package colt

import (
	"net"
	"net/http"
	"net/url"
)

// refuseRedirects is the CheckRedirect of every HTTP client the provider
// uses, for token and API calls alike: it follows no redirect, to the same
// host or another, so credentials and tokens only ever go to the configured
// gateway. The 3xx answer itself becomes an APIError naming the target.
func refuseRedirects(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

func withoutRedirects(c *http.Client) *http.Client {
	c.CheckRedirect = refuseRedirects
	return c
}

// redirectTarget is host:port of a redirect's Location, resolved against the
// request, and whether that is another host than the request's.
func redirectTarget(resp *http.Response) (target string, otherHost bool, ok bool) {
	location := resp.Header.Get("Location")
	if resp.StatusCode < 300 || resp.StatusCode > 399 || location == "" {
		return "", false, false
	}
	to, err := url.Parse(location)
	if err != nil {
		return "", false, false
	}
	var from *url.URL
	if resp.Request != nil {
		from = resp.Request.URL
		to = from.ResolveReference(to)
	}
	target = hostPort(to)
	return target, from == nil || hostPort(from) != target, true
}

func hostPort(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if port == "" {
		return u.Hostname()
	}
	return net.JoinHostPort(u.Hostname(), port)
}
