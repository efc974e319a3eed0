package api

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

//go:embed web/templates/*.html web/static/*
var webFS embed.FS

// pages are the page templates; each is parsed with layout.html.
var pages = []string{"review", "edit", "commitments", "summary", "article", "articles", "runs", "entries", "time", "login", "error"}

// parseTemplates parses every page once, with the layout and helpers.
func parseTemplates() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"actorLabel": actorLabel,
		"pct":        func(f float64) string { return strconv.Itoa(int(math.Round(f*100))) + "%" },
		"fmtDate":    func(t time.Time) string { return t.UTC().Format("2 Jan 2006") },
		"isoDate":    func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"fmtTime":    func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
		"fmtAmount":  news.FormatAmount,
		"field":      editField,
		"entryValue": entryValue,
		"join":       strings.Join,
		"fmtRound":   func(f float64) string { return news.FormatAmount(roundSig(f)) },
		"i64": func(p *int64) string {
			if p == nil {
				return ""
			}
			return strconv.FormatInt(*p, 10)
		},
		"f64": func(p *float64) string {
			if p == nil {
				return ""
			}
			return strconv.FormatFloat(*p, 'f', -1, 64)
		},
	}
	out := map[string]*template.Template{}
	for _, p := range pages {
		t, err := template.New(p).Funcs(funcs).ParseFS(webFS, "web/templates/layout.html", "web/templates/"+p+".html")
		if err != nil {
			return nil, fmt.Errorf("api: parse template %s: %w", p, err)
		}
		out[p] = t
	}
	return out, nil
}

// formField is one text input of the edit form.
type formField struct {
	Name, Label, Mode, Placeholder, Value, Err string
}

// editField builds the formField name of page p.
func editField(p editPage, name, label, mode, placeholder string) formField {
	return formField{Name: name, Label: label, Mode: mode, Placeholder: placeholder, Value: p.F[name], Err: p.Errs[name]}
}

// staticFS is the embedded web/static directory.
func staticFS() (fs.FS, error) {
	sub, err := fs.Sub(webFS, "web/static")
	if err != nil {
		return nil, fmt.Errorf("api: static files: %w", err)
	}
	return sub, nil
}
