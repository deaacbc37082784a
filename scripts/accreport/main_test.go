package main

import (
	"strings"
	"testing"
)

// A failed test's error lines, written before its --- FAIL line, are shown;
// a passing test's output is not.
func TestReportShowsFailedTestsOutput(t *testing.T) {
	in := strings.Join([]string{
		`{"Action":"run","Package":"p","Test":"TestOK"}`,
		`{"Action":"output","Package":"p","Test":"TestOK","Output":"=== RUN   TestOK\n"}`,
		`{"Action":"output","Package":"p","Test":"TestOK","Output":"    ok_test.go:1: quiet\n"}`,
		`{"Action":"pass","Package":"p","Test":"TestOK"}`,
		`{"Action":"output","Package":"p","Test":"TestBad","Output":"=== RUN   TestBad\n"}`,
		`{"Action":"output","Package":"p","Test":"TestBad","Output":"    bad_test.go:9: Step 1/1 error: expected 1 order, got 2\n"}`,
		`{"Action":"output","Package":"p","Test":"TestBad","Output":"--- FAIL: TestBad (0.10s)\n"}`,
		`{"Action":"fail","Package":"p","Test":"TestBad"}`,
		`{"Action":"skip","Package":"p","Test":"TestSandbox"}`,
		`{"Action":"output","Package":"p","Test":"TestExit","Output":"cannot run Terraform provider tests\n"}`,
		`{"Action":"output","Package":"p","Output":"TestMain: no CLI found\n"}`,
		`{"Action":"output","Package":"p","Output":"FAIL\tp\t1.0s\n"}`,
		`{"Action":"fail","Package":"p"}`,
	}, "\n")
	var out strings.Builder
	c, err := report(strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if c != (counts{passed: 1, failed: 2, skipped: 1}) {
		t.Errorf("counts = %+v", c)
	}
	got := out.String()
	for _, want := range []string{"TestMain: no CLI found", "cannot run Terraform provider tests", "bad_test.go:9: Step 1/1 error: expected 1 order, got 2", "--- FAIL: TestBad", "FAIL\tp"} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "quiet") {
		t.Errorf("report shows a passing test's output:\n%s", got)
	}
}
