FOLDER_ID = "folder.id"
FOLDER_TITLE = "folder.title"
