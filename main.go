package main

import (
	"flag"
	"log"

	"github.com/colt-community/terraform-provider-colt/internal/ctxrelease"
	"github.com/colt-community/terraform-provider-colt/internal/plugingc"
	"github.com/colt-community/terraform-provider-colt/internal/pluginlog"
	"github.com/colt-community/terraform-provider-colt/internal/provider"
)

// version is set by goreleaser at release time.
var version = "dev"

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider with support for debuggers like delve")
	flag.Parse()

	pluginlog.QuietUnlessAsked()
	plugingc.Relax()
	stopProfiling := startProfiling()
	err := ctxrelease.Serve("registry.terraform.io/colt-community/colt", provider.New(version), debug)
	stopProfiling()
	if err != nil {
		log.Fatal(err.Error())
	}
}
