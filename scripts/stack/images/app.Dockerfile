# fragrance-ai/app:VERSION — the Fragrance AI API image of the local stack. The API is a stand-in
# (tools/simulator, built by CMake as opsconsole-stacksim): its binary is copied in, so an image is
# a real artifact that carries its version. The 0.2.0 build is the bad release: APP_DEFECT makes
# it answer ≈10 % 5xx and slow requests by itself, wherever it runs. No RUN steps: the base has no
# shell of its own (it runs the host's /usr, mounted at run time).
FROM opsconsole/host-usr:1
ARG VERSION
ARG DEFECT=
LABEL org.opencontainers.image.title="fragrance-ai/app" \
      org.opencontainers.image.version="${VERSION}"
ENV APP_VERSION=${VERSION} \
    APP_DEFECT=${DEFECT}
COPY fragrance-api /app/bin/fragrance-api
EXPOSE 8000
