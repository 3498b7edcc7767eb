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
		{
			desc: "a town after 'of' in a place phrase after the attacked noun is the place, not the object",
			text: "The Nordavian attack on the Brenner clinic in the southern town of Kandahar wounded ten people.",
			want: []want{{pred: "attack", obj: "-", place: "Kandahar"}},
		},
		{
			desc: "'attack on the city of X' keeps X as object",
			text: "The attack on the city of Kandahar killed ten.",
			want: []want{{pred: "attack", obj: "Kandahar"}},
		},
		{
			desc: "'the deadliest attack of the war with X': X is the war's foe, not the attack's target",
			text: "Rebels fired rockets from the Kandahar clinic that on Tuesday suffered the deadliest attack of the war with Israel.",
			none: []string{"attack"},
		},
		{
			desc: "'talks on Tuesday with X' keeps X",
			text: "Putin held talks on Tuesday with Merkel.",
			want: []want{{pred: "meet", obj: "Merkel"}},
		},
		{
			desc: "'one of five architects' counts a group, no quantity of the firm before it",
			text: "One engineer is founder Gary Smith, who was previously an Intel fellow and one of five architects who built the core of Intel's Xeon processor.",
			none: []string{"quantity"},
		},
		{
			desc: "a count the firm has stays",
			text: "Intel has 350 employees in Oregon.",
			want: []want{{pred: "quantity", subj: "Intel"}},
		},
	})
}
