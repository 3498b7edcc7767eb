package claims

import "testing"

// Attribution and modality (attrib2.go, modality2.go): gerund subjects of
// modals, plans told in the past, report words that speak of something
// else. All sentences are invented.
func TestExtractAttrib2(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a gerund subject of a modal is a possible event, not a past one",
			text: "Acquiring Norcom also could yield savings of $200 million a year for Dell.\n\nBuying Norcom will cost Dell $2 billion.\n",
			want: []want{{pred: "acquire", trigger: "Acquiring", mod: Hedged}, {pred: "acquire", trigger: "Buying", mod: Planned}},
		},
		{
			desc: "'was to' before a verb tells a plan; 'was to blame for' plans nothing",
			text: "Norcom was to release a patch on Monday.\n\nCarl Brown was to blame for the attack in Lyon.\n",
			want: []want{{pred: "release", mod: Planned}, {pred: "attack", mod: Asserted}},
		},
		{
			desc: "'alleged' in what an inverted 'says' reports does not make the statement reported",
			text: "The trial has been hard for his alleged victims, says Ann Cole, a lawyer for the women.\n",
			want: []want{{pred: "say", subj: "Ann Cole", mod: Asserted}},
		},
		{
			desc: "'reportedly' inside a noun phrase reports the adjective, not the event",
			text: "An inexperienced and reportedly ill-equipped climber, Tom Reed of Leeds, fell 300 meters to his death in Glen Park.\n",
			want: []want{{pred: "die", mod: Asserted}},
		},
	}
	runExtractCases(t, tests)
}
