# Clerk as a container: a small base, a non-root user, the store on a volume.
#   docker build -t clerk .
#   docker run -d --name clerk -p 3000:3000 -v clerk-data:/data \
#     -e SLACK_BOT_TOKEN=xoxb-… -e SLACK_SIGNING_SECRET=… -e CLERK_PUBLIC_URL=https://clerk.example.org clerk
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 CLERK_DB=/data/clerk.db MPLCONFIGDIR=/tmp/mpl
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot bot
COPY handlers handlers
COPY store store
COPY seeds seeds
RUN pip install . \
    && useradd --create-home --uid 10001 clerk \
    && mkdir /data && chown clerk /data
USER clerk
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s \
    CMD python -c "import urllib.request as u, sys; sys.exit(u.urlopen('http://127.0.0.1:3000/healthz', timeout=4).status != 200)"
# SIGTERM (docker stop) lets answers in flight finish before the process exits
STOPSIGNAL SIGTERM
CMD ["clerk", "serve", "--http", "--host", "0.0.0.0", "--port", "3000"]
