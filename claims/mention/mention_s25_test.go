package mention

import "testing"

// A known outlet's acronym after "the" does not run into the next name.
func TestFindS25(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []string // mention texts that must be found
		not  []string // mention texts that must not be
	}{
		{
			desc: "'with the BBC Vane admitted' is the BBC, then Vane",
			text: "Peter Vane is the new host. In an interview with the BBC Vane admitted he was a fan.\n",
			want: []string{"BBC", "Vane"},
			not:  []string{"BBC Vane"},
		},
		{
			desc: "a head word after the acronym keeps the name whole",
			text: "The BBC Trust said on Monday it was pleased.\n",
			want: []string{"BBC Trust"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) { checkFound(t, tc.text, tc.want, tc.not) })
	}
}

// checkFound checks that Find on text gives every mention text of want and
// none of not.
func checkFound(t *testing.T, text string, want, not []string) {
	t.Helper()
	got := map[string]bool{}
	for _, m := range Find(article(t, text)) {
		got[m.Text] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("no mention %q; got %v", w, got)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("unexpected mention %q", n)
		}
	}
}
