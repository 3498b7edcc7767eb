package claims

import "testing"

// Attribution scope and claim time (attrib3.go, times_attr.go): coordinated
// speakers, speakers set off by commas, quotes after narration, time phrases
// in the frame of a statement, a reporter who goes on speaking, a second
// speaker in the sentence, verdict dates, the topic of a call, undated
// statements. All sentences are invented.
func TestExtractAttr(t *testing.T) {
	tests := []extractCase{
		{
			desc: "coordinated common-noun speakers closing the sentence speak for what comes before",
			text: "The market in Goma was shelled on Thursday, local officials and witnesses said.\n",
			want: []want{{pred: "attack", mod: Reported, attr: "local officials and witnesses"}},
		},
		{
			desc: "a named speaker after 'the' closes the sentence as a bare name does",
			text: "The clinic was attacked by rebel forces in Goma, the UN said.\n",
			want: []want{{pred: "attack", mod: Reported, attr: "UN"}},
		},
		{
			desc: "a speaker set off by commas after a verbless opening speaks for what follows",
			text: "Lisa Moss spoke on Monday.\n\nBy the end of this year, she said, Norcom will release the first tablets.\n",
			want: []want{{pred: "release", mod: Planned, attr: "Lisa Moss"}},
		},
		{
			desc: "a speaker set off by commas after a clause does not speak for the participle after",
			text: "The market in Goma was shelled on Thursday, officials said, raising fears of a new war.\n",
			want: []want{{pred: "attack", mod: Reported, attr: "officials"}},
		},
		{
			desc: "narration before a quote of its own is not what the closing speaker says",
			text: "Hours after the blast killed Ann Cole, the manager, Tom Reed, was sure of one thing \"We did nothing wrong,\" Mr Reed told the Sun.\n",
			want: []want{{pred: "kill", obj: "Ann Cole", attr: "-"}},
		},
		{
			desc: "a quote that goes on with the words before it leaves them said",
			text: "The navy seized two boats and \"a large cache of arms,\" the military said.\n",
			want: []want{{pred: "seize", mod: Reported, attr: "the military"}},
		},
		{
			desc: "an event noun in a time phrase between the verb of saying and 'that' is not said",
			text: "Tom Miller told reporters after Carl Brown's arrest that on the night of the fire he saw a car.\n",
			want: []want{{pred: "arrest", obj: "Carl Brown", mod: Asserted, attr: "-"}},
		},
		{
			desc: "an event noun after the verb of saying with no 'that' after it is said",
			text: "Tom Miller said Carl Brown's arrest came too late.\n",
			want: []want{{pred: "arrest", obj: "Carl Brown", mod: Reported, attr: "Tom Miller"}},
		},
		{
			desc: "a reporter named by a common noun speaks, and the 'he' that speaks next is the reporter",
			text: "Local official Sam Bakri said at least 9 people had been killed.\n\nOur reporter said he arrived at the village at noon on Thursday.\n\nHe says that as a truck stopped at the market, there was a loud blast.\n",
			want: []want{{pred: "visit", subj: "-", mod: Reported, attr: "reporter"}, {pred: "say", trigger: "says", subj: "reporter"}},
		},
		{
			desc: "a 'she' that speaks is not a man named by a common noun before",
			text: "Anna Berg spoke first.\n\nThe man said Norcom had bought Delco.\n\nShe said Carl Brown had attacked Tom Vale.\n",
			want: []want{{pred: "attack", attr: "-"}},
		},
		{
			desc: "a second speaker later in the sentence speaks for what follows his verb",
			text: "Our reporter says he did not see anyone hurt, but Mr Sam Lang, the local commissioner, said that 12 people had been killed.\n",
			want: []want{{pred: "kill", mod: Reported, attr: "Sam Lang"}},
		},
		{
			desc: "a closing speaker after another verb of saying speaks for what comes first; a repeated denial is undated",
			text: "Throughout the trial, Carl Brown repeatedly denied the charge, then he testified he was at home, Tom Reed said.\n",
			want: []want{{pred: "deny", subj: "Carl Brown", mod: Reported, attr: "Tom Reed", tim: "-"}},
		},
		{
			desc: "'denied having bought' reports no purchase",
			text: "Carl Brown repeatedly denied having bought a phone, Tom Reed said.\n",
			none: []string{"acquire"},
		},
		{
			desc: "a statement placed 'at the time' of an earlier event takes no publication date",
			text: "Police raided the farm in May.\n\nAt the time, Norway claimed Carl Brown was hiding arms there.\n",
			want: []want{{pred: "say", subj: "Norway", tim: "-"}},
		},
		{
			desc: "a relative date after a crime named past counts and modifiers is the verdict's",
			text: "Carl Brown was found guilty of two counts of first-degree murder Thursday evening in the death of Ann Cole.\n",
			want: []want{{pred: "convict", obj: "Carl Brown"}, {pred: "die", obj: "Ann Cole", tim: "-"}},
			none: []string{"kill"},
		},
		{
			desc: "a clock time next to the topic of a call is the call's",
			text: "Norcom will hold a media call to discuss the announcement at 9:15 a.m. today.\n",
			none: []string{"announce"},
		},
	}
	runExtractCases(t, tests)
}
