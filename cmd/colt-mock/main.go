// Command colt-mock serves the in-memory Colt API mock on a loopback address.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

const shutdownTimeout = 5 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return
	}
	fmt.Fprintln(os.Stderr, "colt-mock:", err)
	if errors.Is(err, errUsage) {
		os.Exit(2)
	}
	os.Exit(1)
}

var errUsage = errors.New("usage error")

type options struct {
	addr     string
	port     int
	cfg      mock.Config
	faults   mock.Faults
	clients  string
	assume   mock.Assumptions
	statuses string
	seed     mock.Seed
	seedFor  string
}

// run serves the mock until ctx is cancelled, then shuts down gracefully.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	logger := log.New(stderr, "colt-mock ", log.LstdFlags|log.Lmicroseconds)
	opts.cfg.Logf = logger.Printf

	srv := mock.New(opts.cfg)
	srv.SetFaults(opts.faults)
	if opts.seed.Numbers > 0 || opts.seed.PortIns > 0 {
		res, err := srv.Seed(opts.seedFor, opts.seed)
		if err != nil {
			return err
		}
		logger.Printf("seeded %s with %d numbers: %d blocks (%d activated), %d port-ins",
			opts.seedFor, res.Numbers, res.Blocks, res.Activated, res.PortIns)
	}

	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", net.JoinHostPort(opts.addr, strconv.Itoa(opts.port)))
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); !ok || !tcp.IP.IsLoopback() {
		// "localhost" could resolve elsewhere through /etc/hosts.
		_ = ln.Close()
		return fmt.Errorf("%w: -addr %q resolved to non-loopback %s", errUsage, opts.addr, ln.Addr())
	}
	httpSrv := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          logger,
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- httpSrv.Serve(ln) }()

	// os.Stdout is unbuffered, so the line reaches the reader at once.
	if _, err := fmt.Fprintf(stdout, "colt-mock listening on http://%s\n", ln.Addr()); err != nil {
		_ = httpSrv.Close()
		return fmt.Errorf("write ready line: %w", err)
	}

	select {
	case err := <-serveErr:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := httpSrv.Shutdown(shutdownCtx); err != nil {
		// Requests held by a long injected latency may outlive the grace
		// period; stopping them is what the operator asked for.
		logger.Printf("graceful shutdown incomplete (%v); closing remaining connections", err)
		_ = httpSrv.Close()
	}
	return nil
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var opts options
	fs := flag.NewFlagSet("colt-mock", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&opts.port, "port", 0, "TCP port to listen on (0 picks a free one)")
	fs.StringVar(&opts.addr, "addr", "127.0.0.1", "loopback host to listen on")
	fs.DurationVar(&opts.cfg.TokenLifetime, "token-lifetime", 30*time.Minute, "lifetime of issued access tokens")
	fs.DurationVar(&opts.cfg.OrderDelay, "order-delay", 2*time.Second, "duration of each asynchronous order step (Pending -> InProgress -> Completed)")
	fs.DurationVar(&opts.faults.Latency, "latency", 0, "latency added to every API request")
	fs.DurationVar(&opts.faults.Jitter, "jitter", 0, "random latency in [0, jitter) added to -latency")
	fs.Float64Var(&opts.faults.Unavailable, "unavailable", 0, "probability [0,1] of answering 503")
	fs.Float64Var(&opts.faults.TokenFailure, "token-failure", 0, "probability [0,1] of the token route answering 500/002")
	// Assumptions: each flag makes the mock differ from the modelled Colt.
	opts.assume = mock.DefaultAssumptions()
	fs.BoolVar(&opts.assume.OrderSearch, "order-search", true, "serve the order search GET /numberManagement/v1/order (false: 404)")
	fs.BoolVar(&opts.assume.OrderReplay, "order-replay", true, "answer a repeated customer reference with the existing order (false: place a new order)")
	fs.BoolVar(&opts.assume.TotalCount, "total-count", true, "put totalCount in list responses")
	fs.StringVar(&opts.statuses, "order-statuses", "", `rename order statuses on the wire, e.g. "Pending=Acknowledged,Completed=Complete"`)
	fs.StringVar(&opts.assume.VATShape, "vat-shape", "", `VAT answer shape: "" (modelled) or "alt" (other field names)`)
	fs.StringVar(&opts.assume.BasicAuth, "basic-auth", "form", `how the token route reads Basic credentials: "form" (form-unescaped) or "literal"`)
	fs.BoolVar(&opts.assume.BillingV1, "billing-v1", false, "serve billing under /usageManagement/v1 only (Colt prints it without /v1)")
	fs.StringVar(&opts.assume.RedirectTo, "redirect-to", "", "answer every request with a 307 redirect to this base URL")
	fs.BoolVar(&opts.assume.InventoryNeedsFilter, "inventory-needs-filter", false, "refuse an inventory search without a filter (400) instead of listing the whole inventory")
	fs.BoolVar(&opts.assume.ReservationExpiryByDay, "reservation-expiry-by-day", false, "give reservationExpiresAt as the end of the 90th calendar day instead of 90 days to the instant")
	fs.IntVar(&opts.seed.Numbers, "seed-numbers", 0, "start with this many numbers in -seed-client's inventory: blocks of 100 across countries, every second one activated")
	fs.IntVar(&opts.seed.PortIns, "seed-port-ins", 0, "start with this many completed port-ins of 5 numbers in -seed-client's inventory")
	fs.StringVar(&opts.seed.Prefix, "seed-prefix", "legacy", "customer reference prefix of seeded blocks and port-ins")
	fs.StringVar(&opts.seedFor, "seed-client", mock.DefaultClientID, "client id whose inventory -seed-numbers and -seed-port-ins fill")
	fs.StringVar(&opts.clients, "clients", mock.DefaultClientID+":"+mock.DefaultClientSecret, "comma-separated client_id:client_secret pairs")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return opts, err
		}
		return opts, fmt.Errorf("%w: %w", errUsage, err)
	}
	if fs.NArg() > 0 {
		return opts, fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}

	var problems []string
	if opts.port < 0 || opts.port > 65535 {
		problems = append(problems, "-port must be between 0 and 65535")
	}
	if !isLoopback(opts.addr) {
		problems = append(problems, fmt.Sprintf("-addr %q is not a loopback host", opts.addr))
	}
	if opts.cfg.TokenLifetime < time.Second {
		problems = append(problems, "-token-lifetime must be at least 1s")
	}
	if opts.cfg.OrderDelay <= 0 {
		problems = append(problems, "-order-delay must be positive")
	}
	if opts.faults.Latency < 0 {
		problems = append(problems, "-latency must not be negative")
	}
	if opts.faults.Jitter < 0 {
		problems = append(problems, "-jitter must not be negative")
	}
	// Negated so that NaN is rejected too.
	if !(opts.faults.Unavailable >= 0 && opts.faults.Unavailable <= 1) {
		problems = append(problems, "-unavailable must be between 0 and 1")
	}
	if !(opts.faults.TokenFailure >= 0 && opts.faults.TokenFailure <= 1) {
		problems = append(problems, "-token-failure must be between 0 and 1")
	}
	if statuses, err := mock.ParseOrderStatuses(opts.statuses); err != nil {
		problems = append(problems, "-"+err.Error())
	} else {
		opts.assume.OrderStatuses = statuses
	}
	if err := opts.assume.Validate(); err != nil {
		problems = append(problems, err.Error())
	}
	opts.cfg.Assumptions = &opts.assume
	clients, err := parseClients(opts.clients)
	if err != nil {
		problems = append(problems, err.Error())
	}
	opts.cfg.Clients = clients
	if opts.seed.Numbers < 0 || opts.seed.PortIns < 0 {
		problems = append(problems, "-seed-numbers and -seed-port-ins must not be negative")
	}
	if _, ok := clients[opts.seedFor]; clients != nil && !ok && opts.seed.Numbers+opts.seed.PortIns > 0 {
		problems = append(problems, fmt.Sprintf("-seed-client %q is not one of -clients", opts.seedFor))
	}
	if len(problems) > 0 {
		return opts, fmt.Errorf("%w: %s", errUsage, strings.Join(problems, "; "))
	}
	return opts, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// parseClients reads "id:secret,id2:secret2". Errors name the entry by
// position only, so secrets never reach the logs.
func parseClients(s string) (map[string]string, error) {
	clients := map[string]string{}
	for i, pair := range strings.Split(s, ",") {
		id, secret, ok := strings.Cut(strings.TrimSpace(pair), ":")
		if !ok || id == "" || secret == "" {
			return nil, fmt.Errorf("-clients entry %d must be client_id:client_secret", i+1)
		}
		if _, dup := clients[id]; dup {
			return nil, fmt.Errorf("-clients entry %d repeats client id %q", i+1, id)
		}
		clients[id] = secret
	}
	return clients, nil
}
