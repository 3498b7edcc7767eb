// Package report renders a compared story: the JSON report contract
// (../shared/spec/report-json.md), a terminal table, Markdown and CSV. It
// knows nothing about how the story was extracted or compared, only the
// types of packages compare, claims and corpus.
package report
