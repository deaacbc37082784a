package provider

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// badInput is one entry of testdata/badinput: a configuration the provider
// must refuse, and the diagnostic it must refuse it with. Its header
// comments say what is expected:
//
//	# expect: <regexp>     an error diagnostic ("summary: detail") matches it
//	# attribute: <path>    that diagnostic names the attribute (required for attribute errors)
//	# stage: plan|api|apply
//	# env: NAME=value      environment of the CLI and the provider (repeatable)
//
// The stage says how far the input gets: plan (the default) is refused by
// validation or planning without a single request to Colt; api is refused
// while planning by Colt's answer to a read (a token, the VAT check),
// without any order; apply plans cleanly and is refused by apply before any
// order.
type badInput struct {
	name      string // area/file
	file      string // its file name in the working directory
	text      string
	expect    *regexp.Regexp
	attribute string
	stage     string
	env       []string
}

const (
	stagePlan  = "plan"
	stageAPI   = "api"
	stageApply = "apply"
)

var headerLine = regexp.MustCompile(`^#\s*([a-z]+):\s*(.*?)\s*$`)

func readBadInput(root, path string) (*badInput, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return nil, err
	}
	in := &badInput{name: filepath.ToSlash(rel), text: string(raw), stage: stagePlan, file: "entry.tf"}
	if strings.HasSuffix(path, ".tfquery.hcl") {
		in.file = "entry.tfquery.hcl"
	}
	sc := bufio.NewScanner(strings.NewReader(in.text))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		m := headerLine.FindStringSubmatch(line)
		if m == nil {
			continue // prose: what the entry is about
		}
		switch key, value := m[1], m[2]; key {
		case "expect":
			if in.expect, err = regexp.Compile(value); err != nil {
				return nil, fmt.Errorf("%s: expect: %w", in.name, err)
			}
		case "attribute":
			in.attribute = value
		case "stage":
			if value != stagePlan && value != stageAPI && value != stageApply {
				return nil, fmt.Errorf("%s: stage %q is not plan, api or apply", in.name, value)
			}
			in.stage = value
		case "env":
			if !strings.Contains(value, "=") {
				return nil, fmt.Errorf("%s: env %q is not NAME=value", in.name, value)
			}
			in.env = append(in.env, value)
		default:
			return nil, fmt.Errorf("%s: unknown header %q", in.name, key)
		}
	}
	if in.expect == nil {
		return nil, fmt.Errorf("%s: no \"# expect:\" header", in.name)
	}
	return in, nil
}

// ownsProvider reports whether the entry has its own provider block.
func (in *badInput) ownsProvider() bool {
	return regexp.MustCompile(`(?m)^provider\s+"colt"`).MatchString(in.text)
}

// cliDiagnostic is a diagnostic of the CLI's -json output.
type cliDiagnostic struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Range    *struct {
		Filename string `json:"filename"`
		Start    struct {
			Line int `json:"line"`
		} `json:"start"`
	} `json:"range"`
}

func (d cliDiagnostic) text() string {
	return strings.Join(strings.Fields(d.Summary+": "+d.Detail), " ")
}

// errorDiagnostics picks the error diagnostics out of -json output.
func errorDiagnostics(out string) []cliDiagnostic {
	var diags []cliDiagnostic
	for _, line := range strings.Split(out, "\n") {
		var msg struct {
			Type       string         `json:"type"`
			Diagnostic *cliDiagnostic `json:"diagnostic"`
		}
		if json.Unmarshal([]byte(line), &msg) == nil && msg.Type == "diagnostic" && msg.Diagnostic != nil &&
			msg.Diagnostic.Severity == "error" {
			diags = append(diags, *msg.Diagnostic)
		}
	}
	return diags
}

// names reports whether d names the entry's attribute: its text holds the
// attribute's path as a word, or Terraform points at the attribute's
// assignment in the entry (how it shows the attribute of an error to the
// user; for an attribute nested in an object it can only point at the
// block, so the text must name the path).
func (in *badInput) names(d cliDiagnostic) bool {
	word := regexp.MustCompile(`(^|[^\w.\]])` + regexp.QuoteMeta(in.attribute) + `($|[^\w\[])`)
	if word.MatchString(d.Summary + " " + d.Detail) {
		return true
	}
	if d.Range == nil || d.Range.Filename != in.file {
		return false
	}
	root := regexp.MustCompile(`[.\[]`).Split(in.attribute, 2)[0]
	for _, span := range assignments(in.text, root) {
		if d.Range.Start.Line >= span[0] && d.Range.Start.Line <= span[1] {
			return true
		}
	}
	return false
}

// assignments lists the line spans (1-based, inclusive) of every
// assignment of the attribute name in text, following brackets across
// lines.
func assignments(text, name string) [][2]int {
	lines := strings.Split(text, "\n")
	start := regexp.MustCompile(`^\s*` + regexp.QuoteMeta(name) + `\s*=`)
	var spans [][2]int
	for i := 0; i < len(lines); i++ {
		if !start.MatchString(lines[i]) {
			continue
		}
		end, depth := i, 0
		for j := i; j < len(lines); j++ {
			depth += strings.Count(lines[j], "[") + strings.Count(lines[j], "{") -
				strings.Count(lines[j], "]") - strings.Count(lines[j], "}")
			end = j
			if depth <= 0 {
				break
			}
		}
		spans = append(spans, [2]int{i + 1, end + 1})
	}
	return spans
}
