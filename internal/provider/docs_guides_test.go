package provider

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/colt-community/terraform-provider-colt/internal/mock"
)

// guideHCLBlocks is how many HCL blocks each template holds; the docs
// tests run every one of them (see TestAccDocsExamples). A block added to
// a template fails TestDocsTemplateBlocksCovered until a test runs it.
var guideHCLBlocks = map[string]int{
	"index.md.tmpl":                            1, // applied
	"guides/getting-started.md.tmpl":           5, // applied step by step
	"guides/adopting-existing-numbers.md.tmpl": 6, // queried, generated, applied; the 4th (a sample of generated.tf) compared with it
	"guides/local-builds.md.tmpl":              1, // the CLI configuration every docs test runs with
	"guides/testing-with-colt-mock.md.tmpl":    1, // applied
	"guides/pipelines.md.tmpl":                 0,
	"guides/sandbox.md.tmpl":                   0,
	"guides/reliability.md.tmpl":               0,
}

const adoptingGuide = "guides/adopting-existing-numbers.md.tmpl"

var hclFence = regexp.MustCompile("(?ms)^```(?:terraform|hcl)\n(.*?)^```$")

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func readTemplate(t *testing.T, template string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(repoRoot(t), "templates", template))
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// guideBlocks returns a template's fenced terraform and hcl blocks, in order.
func guideBlocks(t *testing.T, template string) []string {
	t.Helper()
	var out []string
	for _, m := range hclFence.FindAllStringSubmatch(readTemplate(t, template), -1) {
		out = append(out, m[1])
	}
	return out
}

func TestDocsTemplateBlocksCovered(t *testing.T) {
	root := repoRoot(t)
	templates, _ := filepath.Glob(filepath.Join(root, "templates", "*.tmpl"))
	guides, _ := filepath.Glob(filepath.Join(root, "templates", "guides", "*.tmpl"))
	for _, path := range append(templates, guides...) {
		rel, _ := filepath.Rel(filepath.Join(root, "templates"), path)
		want, known := guideHCLBlocks[rel]
		if got := len(guideBlocks(t, rel)); !known || got != want {
			t.Errorf("templates/%s has %d HCL blocks, the docs tests run %d: run the new ones", rel, got, want)
		}
	}
}

// topBlock is one top-level block of formatted HCL.
var topBlock = regexp.MustCompile(`(?m)^[a-z_]+(?: "[^"]*")* \{(?:\}|\n(?:.*\n)*?\})\n?`)

func blockHeader(block string) string {
	header, _, _ := strings.Cut(block, "{")
	return header
}

// editConfig applies a guide's snippet to a configuration as the guide's
// reader does: a block that is already there is replaced (its "# ..."
// line standing for the earlier block's content), others are added.
func editConfig(config, snippet string) string {
	for _, block := range topBlock.FindAllString(snippet, -1) {
		old := ""
		for _, b := range topBlock.FindAllString(config, -1) {
			if blockHeader(b) == blockHeader(block) {
				old = b
			}
		}
		if old == "" {
			config += "\n" + block
			continue
		}
		body := old[strings.Index(old, "\n")+1 : strings.LastIndex(old, "}")]
		config = strings.Replace(config, old, strings.Replace(block, "  # ...\n", body, 1), 1)
	}
	return config
}

// guideSeed is the inventory the adoption guide starts colt-mock with.
func guideSeed(t *testing.T) mock.Seed {
	t.Helper()
	text := readTemplate(t, adoptingGuide)
	flag := func(name string) int {
		m := regexp.MustCompile(`colt-mock .*-` + name + ` (\d+)`).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("the adoption guide no longer starts colt-mock with -%s", name)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return mock.Seed{Numbers: flag("seed-numbers"), PortIns: flag("seed-port-ins")}
}

// The getting-started guide, step by step in one main.tf: search, reserve,
// activate, unprotect, destroy.
func runGettingStarted(t *testing.T, cli docsCLI) {
	b := guideBlocks(t, "guides/getting-started.md.tmpl")
	w := newDocsWork(t, cli, mock.Seed{})
	config := b[0]
	w.write("main.tf", config)
	for i, snippet := range b[1:] {
		config = editConfig(config, snippet)
		w.write("main.tf", config)
		if i == 0 {
			w.run("plan", "-input=false", "-no-color")
			continue
		}
		w.apply()
	}
	w.planEmpty()
	w.destroyAsWritten() // the last step unprotected the numbers
}

// A guide snippet that is a whole configuration: applied, planned again,
// destroyed.
func runGuideBlock(t *testing.T, cli docsCLI, template string, index int) {
	w := newDocsWork(t, cli, mock.Seed{})
	w.write("main.tf", guideBlocks(t, template)[index])
	w.apply()
	w.planEmpty()
	w.destroy()
}

// The adoption guide's import blocks (its provider block, then one of its
// import snippets) against the inventory it seeds: the configuration is
// generated, the apply imports and orders nothing.
func runGuideImport(t *testing.T, cli docsCLI, index int) {
	b := guideBlocks(t, adoptingGuide)
	w := newDocsWork(t, cli, guideSeed(t))
	w.write("main.tf", b[0])
	w.write("import.tf", b[index])
	w.run("plan", "-input=false", "-no-color", "-generate-config-out=generated.tf")
	w.apply()
	if placed := w.target.Mock.OrdersPlaced(); len(placed) != 0 {
		t.Errorf("the imports placed orders: %v", placed)
	}
	w.planEmpty()
	w.destroy()
}
