package provider

import (
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/echoprovider"

	"github.com/colt-community/terraform-provider-colt/internal/ctxrelease"
)

// protoV6Providers serves a fresh provider per CLI command, as Terraform
// would start a fresh plugin process.
var protoV6Providers = map[string]func() (tfprotov6.ProviderServer, error){
	"colt": ctxrelease.Factory(New("test")()),
}

// protoV6ProvidersWithEcho adds the echo provider, which is how a test reads
// an ephemeral resource's values.
var protoV6ProvidersWithEcho = map[string]func() (tfprotov6.ProviderServer, error){
	"colt": ctxrelease.Factory(New("test")()),
	"echo": echoprovider.NewProviderServer(),
}
