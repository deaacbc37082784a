// Package ctxrelease works around terraform-plugin-framework's
// proto6server.Server.registerContext (v1.19.0), which keeps the cancel
// function of every request's context until StopProvider, a call Terraform
// makes only on an interrupt. Through it the server keeps each request's
// whole context alive (tf6server's loggers and fields, the gRPC stream):
// 20 to 35 KB per call, three calls per resource in a plan, so a provider's
// memory grew with every resource it planned. Wrap hands the framework
// each request's context through a detachable context that lets go of the
// request once the call returns.
package ctxrelease

import (
	"context"
	"sync/atomic"
	"time"
)

// released stands for a request that is over: cancelled, without values.
var released = func() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}()

type parent struct{ ctx context.Context }

// detachable is its parent until release, then released. A context kept
// from a request was already cancelled when the request ended; once
// released it also stops answering the request's values.
type detachable struct{ p atomic.Pointer[parent] }

func attach(ctx context.Context) *detachable {
	d := &detachable{}
	d.p.Store(&parent{ctx})
	return d
}

func (d *detachable) release() { d.p.Store(&parent{released}) }

func (d *detachable) Deadline() (time.Time, bool) { return d.p.Load().ctx.Deadline() }
func (d *detachable) Done() <-chan struct{}       { return d.p.Load().ctx.Done() }
func (d *detachable) Err() error                  { return d.p.Load().ctx.Err() }
func (d *detachable) Value(key any) any           { return d.p.Load().ctx.Value(key) }
