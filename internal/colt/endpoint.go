package colt

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Environment selects one of Colt's API gateways.
type Environment string

const (
	Production Environment = "production"
	Sandbox    Environment = "sandbox"
)

// Environments lists the valid environments, default first.
var Environments = []Environment{Production, Sandbox}

var gatewayHosts = map[Environment]string{
	Production: "https://apis.colt.net",
	Sandbox:    "https://sandbox.apis.colt.net",
}

// BaseURL returns the gateway for env, or override when it is set.
func BaseURL(env Environment, override string) (*url.URL, error) {
	if override != "" {
		return ParseBaseURL(override)
	}
	host, ok := gatewayHosts[env]
	if !ok {
		return nil, fmt.Errorf("unknown environment %q: use %q or %q", env, Production, Sandbox)
	}
	return url.Parse(host)
}

// ParseBaseURL checks that raw is an absolute URL Colt calls can be sent to:
// https anywhere, plain http only to a loopback host (a local mock), no
// credentials, query or fragment. A path prefix (a proxy) is kept.
func ParseBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("not a URL: %w", err)
	}
	if u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("%q is not an absolute URL; expected e.g. https://apis.colt.net", raw)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !isLoopback(u.Hostname()) {
			return nil, fmt.Errorf("plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1), not %q; use https", u.Hostname())
		}
	default:
		return nil, fmt.Errorf("scheme %q is not supported; use https", u.Scheme)
	}
	if u.User != nil {
		return nil, fmt.Errorf("the URL must not contain credentials; use client_id and client_secret")
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("the URL must not have a query or fragment")
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
