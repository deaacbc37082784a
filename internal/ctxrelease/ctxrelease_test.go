package ctxrelease

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

type emptyProvider struct{}

func (emptyProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "empty"
}
func (emptyProvider) Schema(context.Context, provider.SchemaRequest, *provider.SchemaResponse) {}
func (emptyProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}
func (emptyProvider) Resources(context.Context) []func() resource.Resource       { return nil }
func (emptyProvider) DataSources(context.Context) []func() datasource.DataSource { return nil }

type payloadKey struct{}

// heapAfterRequests is how much the live heap grew over n requests to s,
// each with 16 KB in its context and cancelled when it returns, as gRPC
// does.
func heapAfterRequests(t *testing.T, s tfprotov6.ProviderServer, n int) int64 {
	t.Helper()
	live := func() int64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapAlloc)
	}
	before := live()
	for range n {
		ctx, cancel := context.WithCancel(context.WithValue(context.Background(), payloadKey{}, make([]byte, 16<<10)))
		if _, err := s.ValidateResourceConfig(ctx, &tfprotov6.ValidateResourceConfigRequest{TypeName: "empty_thing"}); err != nil {
			t.Fatal(err)
		}
		cancel()
	}
	grew := live() - before
	runtime.KeepAlive(s) // the server is what keeps (or not) the contexts
	return grew
}

const requests, payload = 2000, 2000 * 16 << 10

// The framework keeps every request's context until StopProvider. When a
// release of terraform-plugin-framework stops doing so, this test fails:
// Wrap can then go.
func TestTheFrameworkKeepsRequestContexts(t *testing.T) {
	s := providerserver.NewProtocol6(emptyProvider{})()
	if grew := heapAfterRequests(t, s, requests); grew < payload/2 {
		t.Errorf("the heap grew %d KB over %d requests carrying %d KB: the framework no longer keeps them", grew>>10, requests, payload>>10)
	}
}

func TestWrapLetsGoOfRequestContexts(t *testing.T) {
	s := Wrap(providerserver.NewProtocol6(emptyProvider{})())
	if grew := heapAfterRequests(t, s, requests); grew > payload/10 {
		t.Errorf("the heap grew %d KB over %d requests carrying %d KB", grew>>10, requests, payload>>10)
	}
}

// tf6server serves lists, actions and state stores only to a server with
// their interfaces: Wrap keeps them.
func TestWrapKeepsEveryServerInterface(t *testing.T) {
	s := Wrap(providerserver.NewProtocol6(emptyProvider{})())
	if _, ok := s.(Server); !ok {
		t.Errorf("%T lacks an interface of Server", s)
	}
}

func TestTheRequestIsSeenUntilTheCallReturns(t *testing.T) {
	var kept context.Context
	_, _ = call(context.WithValue(context.Background(), payloadKey{}, "request"), 0, func(ctx context.Context, _ int) (int, error) {
		if ctx.Value(payloadKey{}) != "request" || ctx.Err() != nil {
			t.Errorf("during the call: value %v, err %v", ctx.Value(payloadKey{}), ctx.Err())
		}
		kept = ctx
		return 0, nil
	})
	if kept.Value(payloadKey{}) != nil || !errors.Is(kept.Err(), context.Canceled) {
		t.Errorf("after the call: value %v, err %v; want none, canceled", kept.Value(payloadKey{}), kept.Err())
	}
}

// A streaming call's context lasts until the stream has been read.
func TestAStreamKeepsItsRequestUntilRead(t *testing.T) {
	d := attach(context.WithValue(context.Background(), payloadKey{}, "request"))
	var seen []any
	seq := releaseAfter(d, func(yield func(int) bool) {
		for i := range 3 {
			seen = append(seen, d.Value(payloadKey{}))
			if !yield(i) {
				return
			}
		}
	})
	if d.Value(payloadKey{}) == nil {
		t.Fatal("released before the stream was read")
	}
	for range seq {
	}
	if !slices.Equal(seen, []any{"request", "request", "request"}) || d.Value(payloadKey{}) != nil {
		t.Errorf("values while read %v, after %v", seen, d.Value(payloadKey{}))
	}
}
