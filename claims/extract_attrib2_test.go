package claims

import "testing"

// Attribution and modality (attrib2.go, modality2.go): common nouns that speak, testimony,
// statements whose speaker only the statement's own rules find, gerund
// subjects of modals, plans told in the past. All sentences are invented.
func TestExtractAttrib2(t *testing.T) {
	tests := []extractCase{
		{
			desc: "an organisation named by a common noun speaks before 'said': what follows is its statement",
			text: "The company said it had held talks with Norcom about the chips.\n",
			want: []want{{pred: "meet", obj: "Norcom", mod: Reported, attr: "company"}, {pred: "say", subj: "company"}},
		},
		{
			desc: "a person or a role named by a common noun speaks too, also with an adverb before the verb",
			text: "The woman told police Carl Brown had killed Jim Hart.\n\nThe governor also said Carl Brown had bought Norcom.\n",
			want: []want{{pred: "kill", mod: Reported, attr: "woman"}, {pred: "acquire", mod: Reported, attr: "governor"}},
		},
		{
			desc: "the organisation after 'for' is not the speaker: the spokesman before it is",
			text: "A spokesman for the software company said Carl Brown had bought Norcom.\n",
			want: []want{{pred: "acquire", mod: Reported, attr: "spokesman for the software company"}},
		},
		{
			desc: "a common noun closing the sentence speaks for what comes before",
			text: "Carl Brown bought Norcom last year, the company said.\n",
			want: []want{{pred: "acquire", mod: Reported, attr: "company"}},
		},
		{
			desc: "testimony that states something attributes it to the witness, past an apposition",
			text: "Officer Dan Ruiz, from the Fourth District, testified that Ann Cole attacked him and two other officers in the hall.\n",
			want: []want{{pred: "attack", subj: "Ann Cole", mod: Reported, attr: "Dan Ruiz"}, {pred: "say", subj: "Dan Ruiz"}},
		},
		{
			desc: "a speaker found only by the statement's own rules still speaks for what follows",
			text: "Dan Ruiz, of Dallas, said that Ann Cole attacked him in the hall.\n",
			want: []want{{pred: "attack", mod: Reported, attr: "Dan Ruiz"}},
		},
		{
			desc: "a refusal to say attributes nothing",
			text: "Pastor Tom Reed declined to say if the blaze at the church was set on purpose.\n",
			none: []string{"fire"},
		},
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
