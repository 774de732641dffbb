# Certificates get a typed number and an unguessable verification code, can be
# revoked, and keep their earlier versions when a name correction reissues them.

import secrets

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def numbers_and_codes(apps, schema_editor):
    # The old 10-character hex serials are valid numbers in the new alphabet, so
    # certificates already printed keep the number they show.
    Certificate = apps.get_model("learning", "Certificate")
    for certificate in Certificate.objects.all():
        certificate.number = certificate.serial.upper()
        certificate.code = secrets.token_urlsafe(15)
        certificate.save(update_fields=["number", "code"])


class Migration(migrations.Migration):

    dependencies = [
        ("learning", "0003_learners_progress_assisted"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="number",
            field=models.CharField(max_length=10, null=True, verbose_name="certificate number"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="code",
            field=models.CharField(max_length=32, null=True, verbose_name="verification code"),
        ),
        migrations.RunPython(numbers_and_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="certificate",
            name="number",
            field=models.CharField(max_length=10, unique=True, verbose_name="certificate number"),
        ),
        migrations.AlterField(
            model_name="certificate",
            name="code",
            field=models.CharField(max_length=32, unique=True, verbose_name="verification code"),
        ),
        migrations.RemoveField(model_name="certificate", name="serial"),
        migrations.AddField(
            model_name="certificate",
            name="reissued_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="reissued at"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="revoke_reason",
            field=models.CharField(blank=True, max_length=300, verbose_name="reason for revoking"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="revoked_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="revoked at"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="revoked_by",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="revoked by"),
        ),
        migrations.AlterField(
            model_name="certificate",
            name="full_name",
            field=models.CharField(max_length=120, verbose_name="full name"),
        ),
        migrations.AlterField(
            model_name="certificate",
            name="issued_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="issued at"),
        ),
        migrations.CreateModel(
            name="CertificateRevision",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("full_name", models.CharField(max_length=120, verbose_name="full name")),
                ("issued_at", models.DateTimeField(verbose_name="issued at")),
                ("replaced_at", models.DateTimeField(auto_now_add=True, verbose_name="replaced at")),
                ("certificate", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="revisions", to="learning.certificate")),
                ("replaced_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="corrected by")),
            ],
            options={
                "verbose_name": "certificate revision",
                "verbose_name_plural": "certificate revisions",
                "ordering": ["certificate", "replaced_at"],
            },
        ),
    ]
