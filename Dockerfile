FROM python:3.11-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 WEB_HOST=0.0.0.0 WEB_PORT=8080
COPY pyproject.toml README.md alembic.ini ./
COPY bot bot
COPY core core
COPY handlers handlers
COPY admin_web admin_web
COPY locales locales
COPY migrations migrations
# Editable: migrations and locales are read next to the code.
RUN pip install --no-cache-dir -e . && useradd --system --home /app schoolhub
USER schoolhub
EXPOSE 8080
# 503 (database or Redis away) fails the check, so the load balancer skips this replica.
HEALTHCHECK --interval=10s --timeout=5s --retries=3 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health', timeout=4)"
CMD ["schoolhub", "run"]
