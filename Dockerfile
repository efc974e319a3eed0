FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY third_party ./third_party
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /pledgewatch ./cmd/pledgewatch

FROM gcr.io/distroless/static-debian12
COPY --from=build /pledgewatch /pledgewatch
ENTRYPOINT ["/pledgewatch"]
