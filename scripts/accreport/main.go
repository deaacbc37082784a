// Command accreport reads `go test -json` from stdin and prints what a
// reader of a CI log needs: every line a failed test wrote (its errors
// included, which `go test -v` prints before the --- FAIL line), each
// package's result and one count line labelled with its first argument.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type counts struct{ passed, failed, skipped int }

func main() {
	label := "tests"
	if len(os.Args) > 1 {
		label = os.Args[1]
	}
	c, err := report(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "accreport:", err)
		os.Exit(2)
	}
	fmt.Printf("%s: %d passed, %d failed, %d skipped\n", label, c.passed, c.failed, c.skipped)
}

// report prints the output of failed tests (and of failed packages outside
// their tests) as they end, and the package results; lines that are not JSON (a build error) are printed as they come.
func report(in io.Reader, out io.Writer) (counts, error) {
	var c counts
	output := map[string][]string{}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.Action == "" {
			emit(out, sc.Text()+"\n")
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "output":
			if e.Test == "" && isPackageResult(e.Output) {
				emit(out, e.Output)
				continue
			}
			output[key] = append(output[key], e.Output)
		case "pass":
			if e.Test != "" {
				c.passed++
			}
			delete(output, key)
		case "skip":
			if e.Test != "" {
				c.skipped++
			}
			delete(output, key)
		case "fail":
			if e.Test != "" {
				c.failed++
				emit(out, strings.Join(output[key], ""))
				delete(output, key)
				continue
			}
			// A package that ends without its tests' results (an exit,
			// a timeout, a failing TestMain) shows what its unfinished
			// tests and the package itself wrote.
			c.failed += unfinished(out, output, e.Package)
		}
	}
	return c, sc.Err()
}

func unfinished(out io.Writer, output map[string][]string, pkg string) int {
	var keys []string
	for key := range output {
		if strings.HasPrefix(key, pkg+" ") {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	tests := 0
	for _, key := range keys {
		if key != pkg+" " {
			tests++
		}
		emit(out, strings.Join(output[key], ""))
		delete(output, key)
	}
	return tests
}

// emit writes to the report; a report that cannot be written has no reader
// to tell.
func emit(out io.Writer, text string) { _, _ = io.WriteString(out, text) }

func isPackageResult(line string) bool {
	for _, p := range []string{"ok ", "FAIL", "panic:", "---"} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}
