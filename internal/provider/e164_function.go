package provider

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ function.Function = (*e164Function)(nil)

func newE164Function() function.Function { return &e164Function{} }

// e164Function joins Colt's split number format into E.164.
type e164Function struct{}

func (f *e164Function) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "e164"
}

func splitNumberParameters() []function.Parameter {
	return []function.Parameter{
		function.StringParameter{Name: "country_code", MarkdownDescription: "ISO 3166 alpha-2 country, e.g. `GB`: one Colt's " +
			"texts name, or `NO` or `HU` (numbering only: a function cannot see the provider's `assumed_countries`)."},
		function.StringParameter{Name: "area_code", MarkdownDescription: "Area code, with or without the national trunk prefix `0` (kept in Italy, where it belongs to the number); may be empty."},
		function.StringParameter{Name: "extension", MarkdownDescription: "The rest of the number; spaces, dots and hyphens are ignored."},
	}
}

func (f *e164Function) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Joins Colt's split number format into an E.164 number.",
		MarkdownDescription: "Returns the E.164 form (`+442071230000`) of a number Colt gives as country, area code and " +
			"extension, for `colt_number.numbers` or comparisons with `colt_numbers`.",
		Parameters: splitNumberParameters(),
		Return:     function.StringReturn{},
	}
}

func (f *e164Function) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var country, area, ext string
	resp.Error = req.Arguments.Get(ctx, &country, &area, &ext)
	if resp.Error != nil {
		return
	}
	number, err := colt.E164(country, area, ext)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(splitArgumentAtFault(country, area), err.Error())
		return
	}
	resp.Error = resp.Result.Set(ctx, number)
}

var _ function.Function = (*e164RangeFunction)(nil)

func newE164RangeFunction() function.Function { return &e164RangeFunction{} }

// e164RangeFunction lists a block given in Colt's split format.
type e164RangeFunction struct{}

func (f *e164RangeFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "e164_range"
}

func (f *e164RangeFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Lists a contiguous block given in Colt's split number format as E.164 numbers.",
		MarkdownDescription: "Returns `count` consecutive E.164 numbers starting at the given extension, for example to " +
			"reserve an exact block with `colt_number.numbers`. The block must stay within the extension's digits.",
		Parameters: append(splitNumberParameters(),
			function.Int64Parameter{Name: "count", MarkdownDescription: "How many numbers, 1 to 10000."}),
		Return: function.ListReturn{ElementType: types.StringType},
	}
}

func (f *e164RangeFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var country, area, ext string
	var count int64
	resp.Error = req.Arguments.Get(ctx, &country, &area, &ext, &count)
	if resp.Error != nil {
		return
	}
	if _, err := colt.E164(country, area, ext); err != nil {
		resp.Error = function.NewArgumentFuncError(splitArgumentAtFault(country, area), err.Error())
		return
	}
	// The first number is valid, so what is left to fail is the count: out
	// of range, or running past the extension's digits.
	numbers, err := colt.E164Range(country, area, ext, int(count))
	if err != nil {
		resp.Error = function.NewArgumentFuncError(3, err.Error())
		return
	}
	resp.Error = resp.Result.Set(ctx, numbers)
}

// splitArgumentAtFault is the index of the argument that colt.E164 refused:
// the country, the area code when it has a character other than a digit or
// a separator, otherwise the extension (bad characters, empty, or a number
// of the wrong length: the rest of the number is what a user gets wrong).
func splitArgumentAtFault(country, area string) int64 {
	if _, ok := colt.Countries[strings.ToUpper(country)]; !ok {
		return 0
	}
	if strings.ContainsFunc(area, func(r rune) bool { return (r < '0' || r > '9') && !strings.ContainsRune(" -.", r) }) {
		return 1
	}
	return 2
}
