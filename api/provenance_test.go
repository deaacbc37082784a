package api

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// provenance is what TestSpecMarksProvenance found in a document: the
// problems, and how many elements are documented and assumed.
type provenance struct {
	problems            []string
	documented, assumed int
}

func (p *provenance) problemf(format string, args ...any) {
	p.problems = append(p.problems, fmt.Sprintf(format, args...))
}

// mark checks one x-colt-source value: "assumed", or "documented <source>"
// naming a source that info.x-colt-sources lists.
func (p *provenance) mark(where string, v any, sources map[string]bool) {
	s, _ := v.(string)
	kind, source, _ := strings.Cut(s, " ")
	switch {
	case v == nil:
		p.problemf("%s has no x-colt-source", where)
	case s == "assumed":
		p.assumed++
	case kind != "documented":
		p.problemf("%s: x-colt-source %v, want \"documented <source>\" or \"assumed\"", where, v)
	case source == "":
		p.problemf("%s is documented without naming its source (x-colt-source: documented <source>)", where)
	case !sources[source]:
		p.problemf("%s: source %q is not in info.x-colt-sources", where, source)
	default:
		p.documented++
	}
}

// sourcesOf reads info.x-colt-sources: each source's tag and what it is.
func sourcesOf(doc *openapi3.T) (map[string]bool, error) {
	raw, ok := doc.Info.Extensions["x-colt-sources"].(map[string]any)
	if !ok || len(raw) == 0 {
		return nil, fmt.Errorf("info.x-colt-sources is missing or empty")
	}
	out := map[string]bool{}
	for tag, what := range raw {
		if s, _ := what.(string); strings.TrimSpace(s) == "" || strings.ContainsAny(tag, " \t") {
			return nil, fmt.Errorf("info.x-colt-sources: %q must be a tag without spaces that says what the source is", tag)
		}
		out[tag] = true
	}
	return out, nil
}

// checkProvenance walks every element that matters: servers, security
// schemes, parameters, headers, schemas and their properties, operations,
// their parameters, bodies, responses and error rows.
func checkProvenance(t *testing.T, doc *openapi3.T) *provenance {
	t.Helper()
	p := &provenance{}
	sources, err := sourcesOf(doc)
	if err != nil {
		p.problemf("%v", err)
	}
	check := func(where string, ext map[string]any) { p.mark(where, ext["x-colt-source"], sources) }
	var checkSchema func(where string, ref *openapi3.SchemaRef)
	checkSchema = func(where string, ref *openapi3.SchemaRef) {
		if ref == nil || ref.Ref != "" { // a $ref is checked where it is defined
			return
		}
		check(where, ref.Value.Extensions)
		for name, prop := range ref.Value.Properties {
			checkSchema(where+"."+name, prop)
		}
	}
	for _, s := range doc.Servers {
		check("server "+s.URL, s.Extensions)
	}
	for name, s := range doc.Components.SecuritySchemes {
		check("securityScheme "+name, s.Value.Extensions)
	}
	for name, prm := range doc.Components.Parameters {
		check("parameter "+name, prm.Value.Extensions)
	}
	for name, h := range doc.Components.Headers {
		check("header "+name, h.Value.Extensions)
	}
	for name, s := range doc.Components.Schemas {
		checkSchema("schema "+name, s)
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			where := method + " " + path
			check(where, op.Extensions)
			for _, prm := range op.Parameters {
				if prm.Ref == "" {
					check(where+" parameter "+prm.Value.Name, prm.Value.Extensions)
				}
			}
			if rb := op.RequestBody; rb != nil && rb.Ref == "" {
				check(where+" requestBody", rb.Value.Extensions)
			}
			for status, resp := range op.Responses.Map() {
				if resp.Ref != "" { // checked with the components
					continue
				}
				checkResponse(t, p, where+" "+status, status, resp.Value, check, sources)
			}
		}
	}
	for name, resp := range doc.Components.Responses {
		status := ""
		if rows := errorRows(t, resp.Value); len(rows) > 0 {
			status = fmt.Sprint(rows[0].Status)
		}
		checkResponse(t, p, "response "+name, status, resp.Value, check, sources)
	}
	return p
}

func checkResponse(t *testing.T, p *provenance, where, status string, resp *openapi3.Response,
	check func(string, map[string]any), sources map[string]bool) {
	t.Helper()
	check(where, resp.Extensions)
	rows := errorRows(t, resp)
	if (strings.HasPrefix(status, "4") || strings.HasPrefix(status, "5")) && len(rows) == 0 {
		p.problemf("%s lists no x-colt-error-rows", where)
	}
	for _, row := range rows {
		if fmt.Sprint(row.Status) != status || len(row.Code) != 3 || row.Reason == "" || row.Message == "" {
			p.problemf("%s: bad row %+v", where, row)
		}
		p.mark(fmt.Sprintf("%s row %d/%s", where, row.Status, row.Code), row.Source, sources)
		if !strings.Contains(deref(resp.Description), fmt.Sprintf("%d/%s", row.Status, row.Code)) {
			p.problemf("%s: row %d/%s missing from the description", where, row.Status, row.Code)
		}
	}
}

// Every element that matters says whether Colt documents it, and a
// documented one names the Colt text it comes from.
func TestSpecMarksProvenance(t *testing.T) {
	p := checkProvenance(t, loadSpec(t))
	for _, problem := range p.problems {
		t.Error(problem)
	}
	if p.documented == 0 || p.assumed == 0 {
		t.Errorf("%d documented and %d assumed elements: the walk missed the document", p.documented, p.assumed)
	}
	t.Logf("colt.yaml: %d elements documented (with their source), %d assumed", p.documented, p.assumed)
}

// The check has teeth: a documented element without its source, or with a
// source the document does not list, fails.
func TestSpecProvenanceNeedsSource(t *testing.T) {
	for name, tc := range map[string]struct{ old, new, want string }{
		"no source": {"x-colt-source: documented dev-portal:common\n  - url: https://sandbox",
			"x-colt-source: documented\n  - url: https://sandbox", "server https://apis.colt.net is documented without naming its source"},
		"unknown source": {"x-colt-source: documented seed\n      security:",
			"x-colt-source: documented rumour\n      security:", `source "rumour" is not in info.x-colt-sources`},
		"row without source": {"source: documented auth-errors-table}", "source: documented}", "row 400/001 is documented without naming its source"},
		"bare word":          {"x-colt-source: assumed", "x-colt-source: guessed", `x-colt-source guessed, want`},
	} {
		t.Run(name, func(t *testing.T) {
			text := string(Spec)
			if !strings.Contains(text, tc.old) {
				t.Fatalf("colt.yaml has no %q", tc.old)
			}
			doc, err := openapi3.NewLoader().LoadFromData([]byte(strings.Replace(text, tc.old, tc.new, 1)))
			if err != nil {
				t.Fatal(err)
			}
			p := checkProvenance(t, doc)
			if !slices.ContainsFunc(p.problems, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("no problem %q among %q", tc.want, p.problems)
			}
		})
	}
}
