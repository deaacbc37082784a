// Package colt is a client for Colt Technology Services' Voice APIs.
//
// It owns everything about the wire: the OAuth token (fetched lazily, shared,
// refreshed before expiry), the x-tracking-id header, retries, logging hooks
// and Colt's error rows. It imports nothing from Terraform.
package colt
