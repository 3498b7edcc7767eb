package mention

import "testing"

// A particle joined by a hyphen written with spaces around it ("al - Rashid",
// as some feeds print every hyphen) stays inside the name.
func TestFindSpacedParticle(t *testing.T) {
	tests := []struct {
		desc      string
		text      string
		want, not []string
	}{
		{
			desc: "'Omar al - Rashid' is one name",
			text: "President Omar al - Rashid ordered the strikes.\n",
			want: []string{"Omar al - Rashid"},
			not:  []string{"Omar", "Rashid"},
		},
		{
			desc: "a spaced dash after a name and before a capital is no particle join",
			text: "Tom Reed - Ann Roe said the vote was close.\n",
			not:  []string{"Tom Reed - Ann Roe"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) { checkFound(t, tc.text, tc.want, tc.not) })
	}
}

func TestTokensSpacedHyphen(t *testing.T) {
	got := Tokens("Omar al - Rashid")
	if len(got) != 2 || got[0] != "omar" || got[1] != "rashid" {
		t.Errorf("Tokens = %v, want [omar rashid]", got)
	}
}
