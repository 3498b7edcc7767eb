package mention

import "testing"

// Error classes of claims audit 14: a verb of a title-case headline ran two
// names into one ("Zentrix Buys Corvane" became the firm's name), and a
// two-word legal office after "Deputy" was cut to "deputy".
func TestFindA14(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []want
		not  []string
	}{
		{
			desc: "a third-person verb of a title-case headline splits the names",
			text: "Zentrix Buys Corvane, Enters Cloud Hardware Business\nZentrix said on Monday it would buy Corvane.\n",
			want: []want{{"Zentrix", "", "", "", ""}, {"Corvane", "", "", "", ""}},
			not:  []string{"Zentrix Buys Corvane", "Buys Corvane"},
		},
		{
			desc: "the same verb splits outside a headline too",
			text: "Yesterday Hollis Acquires Mardell was the banner on the screen.\n",
			not:  []string{"Hollis Acquires Mardell"},
		},
		{
			desc: "'Deputy Prosecuting Attorney' is the whole title",
			text: "Deputy Prosecuting Attorney Ann Vokes said the jury agreed.\n",
			want: []want{{"Ann Vokes", "PERSON", "deputy prosecuting attorney", "", ""}},
			not:  []string{"Prosecuting Attorney Ann Vokes"},
		},
		{
			desc: "a county attorney and a public defender",
			text: "County Attorney Lee Brandt and Public Defender Rosa Kim met.\n",
			want: []want{{"Lee Brandt", "PERSON", "county attorney", "", ""}, {"Rosa Kim", "PERSON", "public defender", "", ""}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, tc.text)
			got := map[string]Mention{}
			for _, m := range Find(a) {
				got[m.Text] = m
			}
			for _, w := range tc.want {
				m, ok := got[w.text]
				if !ok {
					t.Errorf("no mention %q; got %v", w.text, keys(got))
					continue
				}
				if w.typ != "" && m.Type != w.typ {
					t.Errorf("%q type = %q, want %q", w.text, m.Type, w.typ)
				}
				if m.Title != w.title {
					t.Errorf("%q title = %q, want %q", w.text, m.Title, w.title)
				}
			}
			for _, n := range tc.not {
				if _, ok := got[n]; ok {
					t.Errorf("unexpected mention %q", n)
				}
			}
		})
	}
}

func keys(m map[string]Mention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
