package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/pledgewatch/pledgewatch/store"
)

// Sentinel errors.
var (
	// ErrBadParam is wrapped by every *ParamError.
	ErrBadParam = errors.New("api: bad parameter")
	// ErrUnauthorized is returned by Client calls answered 401.
	ErrUnauthorized = errors.New("api: unauthorized")
	// ErrNotFound is returned by Client calls answered 404; such errors
	// also match store.ErrNotFound.
	ErrNotFound = errors.New("api: not found")
	// ErrUnavailable is returned by Client calls answered 503 (for
	// example, no pipeline behind the server).
	ErrUnavailable = errors.New("api: unavailable")
)

// ParamError names a bad query parameter or body field.
type ParamError struct {
	Param string
	Msg   string
}

// Error is "PARAM: MSG", worded for the person who typed the value.
func (e *ParamError) Error() string { return e.Param + ": " + e.Msg }

// Is makes errors.Is(err, ErrBadParam) and errors.Is(err, store.ErrInvalid)
// true, so callers that use either a Store or a Client test one sentinel.
func (e *ParamError) Is(target error) bool {
	return target == ErrBadParam || target == store.ErrInvalid
}

func badParam(param, format string, args ...any) error {
	return &ParamError{Param: param, Msg: fmt.Sprintf(format, args...)}
}

// errorBody is the JSON body of every error response.
type errorBody struct {
	Error string `json:"error"`
	// Param names the offending parameter of a 400, when known.
	Param string `json:"param,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, param, msg string) {
	writeJSON(w, status, errorBody{Error: msg, Param: param})
}

// fail maps err to a JSON error response: parameter errors and the store's
// ErrInvalid → 400, ErrNotFound → 404, ErrReadOnly → 409, anything else →
// 500 (logged, with a generic message).
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, param, msg := s.classify(err)
	if status >= 500 {
		s.log.Error("api: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeError(w, status, param, msg)
}

// classify returns the status, parameter name and client-facing message of err.
func (s *server) classify(err error) (status int, param, msg string) {
	var pe *ParamError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &pe):
		return http.StatusBadRequest, pe.Param, pe.Error()
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, "body", fmt.Sprintf("request body larger than %d bytes", mbe.Limit)
	case errors.Is(err, store.ErrInvalid):
		param := storeParam(err)
		return http.StatusBadRequest, param, storeMessage(err, param)
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "", err.Error()
	case damaged(err):
		return http.StatusInternalServerError, "", err.Error()
	case errors.Is(err, store.ErrReadOnly):
		return http.StatusConflict, "", "the store is open read-only; review actions need the writer (pledgewatch run or serve)"
	}
	return http.StatusInternalServerError, "", "internal error"
}

// storeParam extracts the parameter name from a store ErrInvalid message
// ("store: invalid parameter NAME: …"), or "".
func storeParam(err error) string {
	msg := err.Error()
	_, rest, ok := strings.Cut(msg, store.ErrInvalid.Error()+" ")
	if !ok {
		return ""
	}
	name, _, ok := strings.Cut(rest, ":")
	if !ok || strings.ContainsAny(name, " \t") {
		return ""
	}
	return name
}

// storeMessage is a store ErrInvalid message worded for the user:
// "PARAM: what is wrong", without the store's prefix.
func storeMessage(err error, param string) string {
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, store.ErrInvalid.Error()+" "); ok {
		return rest
	}
	if param != "" {
		return param + ": " + msg
	}
	return msg
}
