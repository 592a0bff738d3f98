"""Rasa's socket.io channel, accepting connections only from the chat page's origin."""

from rasa.core.channels.socketio import SocketIOInput


class WebChatInput(SocketIOInput):
    @classmethod
    def name(cls):
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials):
        channel = super().from_credentials(credentials)
        channel.allowed_origins = (credentials or {}).get("allowed_origins") or []
        return channel

    def blueprint(self, on_new_message):
        blueprint = super().blueprint(on_new_message)
        # Rasa turns python-engineio's origin check off; turn it on for the page's origin.
        self.sio.eio.cors_allowed_origins = self.allowed_origins
        return blueprint
