package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/colt-community/terraform-provider-colt/internal/acctest"
)

// An import block with -generate-config-out writes configuration that
// validates and plans with no change beyond the import, for a number
// block and for a completed port-in.
func TestAccGeneratedConfigPlansNoChanges(t *testing.T) {
	target := acctest.Start(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + numberConfig(acctest.Reference("gen"), "  country_code = \"DK\"\n  quantity = 3\n"+activation("Generated ApS"))},
			{
				Config:          target.ProviderBlock(),
				ResourceName:    numberAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
				GenerateConfig:  true,
			},
		},
	})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{
			{Config: target.ProviderBlock() + completedPortIn(acctest.Reference("genport"), "  end_customer_name = \"Gen Ltd\"\n  deletion_protection = false\n")},
			{
				Config:          target.ProviderBlock(),
				ResourceName:    portInAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
				GenerateConfig:  true,
			},
		},
	})
}
