package mock

import "testing"

// An account's holdings are its inventory; another account's are not in it.
func TestHoldingsListTheAccountsNumbers(t *testing.T) {
	s := New(Config{})
	res, err := s.Seed(DefaultClientID, Seed{Numbers: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := s.Holdings(DefaultClientID)
	if len(got) != 3 {
		t.Fatalf("holdings = %v, want the 3 seeded numbers %v", got, res)
	}
	if other := s.Holdings("someone-else"); len(other) != 0 {
		t.Errorf("another account holds %v", other)
	}
}
