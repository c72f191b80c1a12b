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
RUN pip install --no-cache-dir -e .
EXPOSE 8080
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health')"
CMD ["schoolhub", "run"]
