package claims

import "testing"

// Role errors of claims audit 14 (docs/claims-audit.md), on invented
// sentences.
func TestExtractR14(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "the speaker inside 'which she said killed' does not kill",
			text: "President Maria Lopez said her country would not respond to the reported shelling of Kabul on Monday, which she said killed nine.",
			want: []want{{pred: "kill", subj: "-"}},
		},
		{
			desc: "'who police said killed': the antecedent killed, not the police",
			text: "Tom Reed, who police said killed his neighbor, was arrested on Friday.",
			want: []want{{pred: "kill", subj: "Tom Reed"}},
		},
		{
			desc: "a place before 'which officials said killed' is no killer",
			text: "The army shelled Kabul, which officials said killed nine.",
			want: []want{{pred: "kill", subj: "-"}},
		},
		{
			desc: "'who said he shot': he still shoots",
			text: "Tom Reed, who said he killed his neighbor, was arrested on Friday.",
			want: []want{{pred: "kill", subj: "Tom Reed"}},
		},
		{
			desc: "'the alleged attack' is a noun: the one holding a news conference before it is no attacker",
			text: "President Lopez held a news conference today on trade with Nordavia just hours before the alleged attack on the Kessel camp.",
			none: []string{"attack"},
		},
	})
}
