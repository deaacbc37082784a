package schemadrop

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
)

func shape() *schema.Schema {
	return &schema.Schema{Attributes: map[string]schema.Attribute{
		"id":       schema.StringAttribute{Computed: true},
		"timeouts": schema.StringAttribute{Optional: true},
		"status":   schema.StringAttribute{Computed: true},
	}}
}

func TestTheNamedAttributesAreLeftOut(t *testing.T) {
	t.Setenv(Env, " timeouts, status ,")
	s := shape()
	if err := FromEnv(s); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Attributes["id"]; !ok || len(s.Attributes) != 1 {
		t.Errorf("attributes left: %v, want only id", s.Attributes)
	}
}

func TestNothingIsLeftOutUnlessNamed(t *testing.T) {
	t.Setenv(Env, "")
	s := shape()
	if err := FromEnv(s); err != nil || len(s.Attributes) != 3 {
		t.Errorf("FromEnv: %v, %d attributes left, want 3", err, len(s.Attributes))
	}
}

func TestAnAttributeTheSchemaLacksIsAnError(t *testing.T) {
	t.Setenv(Env, "status,activaton")
	err := FromEnv(shape())
	if err == nil || !strings.Contains(err.Error(), "activaton") || strings.Contains(err.Error(), "status") {
		t.Errorf("FromEnv: %v, want an error naming activaton alone", err)
	}
}
